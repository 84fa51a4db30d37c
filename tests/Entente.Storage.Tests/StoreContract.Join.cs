using Entente.Core.Claims;
using Entente.Core.Sources;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The file as read beside the normalized text, and the claims of a document joining the source `sources add` stored.</summary>
public abstract partial class StoreContract
{
    /// <summary>A source whose file has curly quotes and an ellipsis, with a mention and a claim that point into both texts.</summary>
    private static (Source Source, Claim Claim) WithOriginal()
    {
        var source = Article() with
        {
            OriginalText = "Iran\u2019s \u201CShahed\u201D drones reached Russia\u2026",
            Mentions = [new SourceMention(0, 4, "Iran", Iran) { OriginalStart = 0, OriginalEnd = 4 }],
        };
        var claim = Claim(source, Iran, "arms-transfer", Russia);
        return (source, claim with { Evidence = claim.Evidence with { Text = "Iran\u2019s \u201CShahed\u201D", OriginalStart = 0, OriginalEnd = 15 } });
    }

    [Fact]
    public async Task The_original_text_and_original_offsets_come_back_as_stored()
    {
        var (source, claim) = WithOriginal();
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, [claim], ct: Ct);

        Assert.Equal(Json(source), Json(await store.GetSourceAsync(source.Id, Ct)));
        Assert.Equal(Json(source), Json((await store.ListSourcesAsync(includeText: true, Ct)).Single()));
        Assert.Null((await store.ListSourcesAsync(ct: Ct)).Single().OriginalText);
        var back = await store.GetClaimAsync(claim.Id, Ct);
        Assert.Equal((0, 15), (back!.Evidence.OriginalStart, back.Evidence.OriginalEnd));
    }

    [Fact]
    public async Task Claims_join_a_source_stored_alone_with_their_entities_and_its_mentions_once()
    {
        var (source, claim) = WithOriginal();
        await using var store = await OpenAsync();
        Assert.True((await store.AddDocumentAsync(source with { Mentions = null }, [], ct: Ct)).Added);

        var joined = await store.JoinDocumentAsync(source, [claim], [Entity("irn", "Iran")], Ct);
        var again = await store.JoinDocumentAsync(source, [claim], [Entity("irn", "Iran")], Ct);

        Assert.Equal(new DocumentWriteResult(false, 1, 1), joined);
        Assert.Equal(new DocumentWriteResult(false, 0, 0), again);
        Assert.Equal(Json(source), Json(await store.GetSourceAsync(source.Id, Ct)));
        Assert.Equal(Json(claim), Json(await store.GetClaimAsync(claim.Id, Ct)));
        Assert.NotNull(await store.GetEntityAsync("irn", Ct));
    }

    [Fact]
    public async Task Joining_a_source_that_is_not_stored_fails_and_writes_nothing()
    {
        var (source, claim) = WithOriginal();
        await using var store = await OpenAsync();

        var e = await Assert.ThrowsAsync<StoreException>(() => store.JoinDocumentAsync(source, [claim], [Entity("irn", "Iran")], Ct));

        Assert.Contains(source.Id, e.Message);
        Assert.Null(await store.GetClaimAsync(claim.Id, Ct));
        Assert.Null(await store.GetEntityAsync("irn", Ct));
    }
}
