using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The bulk write: many documents in one transaction, with the same idempotence as one at a time.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Documents_written_together_are_stored_and_a_stored_source_is_skipped_with_its_claims()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(first, [Full(first)], ct: Ct);

        var results = await store.AddDocumentsAsync(
        [
            (first, [Full(first), Claim(first, Russia, "attack", Kherson)]),
            (second, [Claim(second, NorthKorea, "arms-transfer", Russia), Claim(second, NorthKorea, "arms-transfer", Russia)]),
        ], Ct);

        Assert.Equal([new DocumentWriteResult(false, 0, 0), new DocumentWriteResult(true, 1, 0)], results);
        Assert.Equal(2, (await store.ListSourcesAsync(ct: Ct)).Count);
        Assert.Equal(2, await store.CountClaimsAsync(ClaimQuery.All, Ct));
        Assert.NotEmpty(await store.SearchSourcesAsync("artillery", ct: Ct));
    }

    [Fact]
    public async Task Documents_written_together_are_all_refused_when_one_claim_is_invalid()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();

        var e = await Assert.ThrowsAsync<StoreException>(() => store.AddDocumentsAsync(
        [
            (first, [Full(first)]),
            (second, [Claim(second, NorthKorea, "befriends", Russia)]),
        ], Ct));

        Assert.Contains("befriends", e.Message);
        Assert.Empty(await store.ListSourcesAsync(ct: Ct));
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }
}
