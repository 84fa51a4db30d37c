using Entente.Core.Claims;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>A document whose claims arrive as a stream: one transaction, read as it is written.</summary>
public abstract partial class StoreContract
{
    private static async IAsyncEnumerable<Claim> Streamed(IEnumerable<Claim> claims, Action? onEach = null)
    {
        foreach (var c in claims)
        {
            await Task.Yield();
            onEach?.Invoke();
            yield return c;
        }
    }

    [Fact]
    public async Task A_streamed_document_stores_every_claim_once_and_a_second_stream_of_it_is_skipped()
    {
        var source = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        var claims = new[] { Claim(source, NorthKorea, "arms-transfer", Russia), Claim(source, Russia, "attack", Kherson), Claim(source, NorthKorea, "arms-transfer", Russia) };
        await using var store = await OpenAsync();

        var read = 0;
        var first = await store.AddDocumentStreamAsync(source, Streamed(claims, () => read++), ct: Ct);
        var again = await store.AddDocumentStreamAsync(source, Streamed(claims), ct: Ct);

        Assert.Equal(new DocumentWriteResult(true, 2, 0), first);
        Assert.Equal(3, read);
        Assert.Equal(new DocumentWriteResult(false, 0, 0), again);
        Assert.Equal(2, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task A_streamed_document_whose_stream_fails_midway_stores_nothing()
    {
        var source = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        var claims = new[] { Claim(source, NorthKorea, "arms-transfer", Russia), Claim(source, Russia, "attack", Kherson) };
        await using var store = await OpenAsync();
        var read = 0;

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddDocumentStreamAsync(source,
            Streamed(claims, () => { if (++read == 2) throw new InvalidDataException("the file ended early"); }), ct: Ct));

        Assert.Empty(await store.ListSourcesAsync(ct: Ct));
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }
}
