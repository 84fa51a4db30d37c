using Entente.Core.Time;
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
            (second, [Claim(second, NorthKorea, "arms-transfer", Russia) with { Id = "" }]),
        ], Ct));

        Assert.Contains("has no id", e.Message);
        Assert.Empty(await store.ListSourcesAsync(ct: Ct));
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task Documents_written_together_count_each_new_claim_into_the_pairs_and_facts_they_share_as_a_reindex_does()
    {
        var years = ClaimTime.Years(2023, 2024, TimePrecision.Year, "2023–24");
        var first = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        var second = Source("Pyongyang sent more shells to Moscow, and Russian troops held Kherson.", "More shells");
        var third = Source("A third train of shells left for Russia while its troops stayed in Kherson.", "Third train");
        await using var store = await OpenAsync();

        // Into the empty store, then into one that holds claims: the second call adds to counts the first wrote.
        await store.AddDocumentsAsync(
        [
            (first, [Claim(first, NorthKorea, "arms-transfer", Russia), Claim(first, Russia, "presence", Kherson, years, start: 3)]),
            (second, [Claim(second, NorthKorea, "arms-transfer", Russia), Claim(second, NorthKorea, "arms-transfer", Russia), Claim(second, Russia, "presence", Kherson, years, start: 3)]),
        ], Ct);
        await store.AddDocumentsAsync([(third, [Claim(third, NorthKorea, "arms-transfer", Russia), Claim(third, Russia, "presence", Kherson, years, start: 3)])], Ct);
        var pairs = await PairsAsync(store);
        var facts = await FactsAsync(store, ["prk", "rus"]);

        // The claim repeated within the second document counts once.
        Assert.Equal(["prk>rus 3/0", "rus>kherson 3/0"], pairs);
        Assert.Contains(facts, f => f.EndsWith("×3", StringComparison.Ordinal));
        await store.ReindexAsync(Ct);
        Assert.Equal(pairs, await PairsAsync(store));
        Assert.Equal(facts, await FactsAsync(store, ["prk", "rus"]));
    }

    [Fact]
    public async Task A_claim_naming_a_source_that_is_not_stored_is_refused_with_the_claims_written_before_it()
    {
        var stored = Article();
        var missing = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(stored, [], ct: Ct);

        var e = await Assert.ThrowsAsync<StoreException>(() => store.AddClaimsAsync([Full(stored), Claim(missing, NorthKorea, "arms-transfer", Russia)], Ct));

        Assert.Contains("not stored", e.Message);
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
        Assert.Empty(await PairsAsync(store));
    }

    /// <summary>Each secondary index of the claims table with its definition, from the database's catalog, in name order.</summary>
    protected abstract string ClaimIndexes { get; }

    [Fact]
    public async Task A_bulk_write_into_an_empty_store_builds_every_claim_index_again_before_it_commits()
    {
        await (await OpenAsync()).DisposeAsync();
        var migrated = await RawAsync(ClaimIndexes);
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();

        await store.AddDocumentsAsync([(first, [Full(first)]), (second, [Claim(second, NorthKorea, "arms-transfer", Russia)])], Ct);

        Assert.True(migrated.Count >= 6, string.Join("\n", migrated));
        Assert.Equal(migrated, await RawAsync(ClaimIndexes));
        Assert.Equal(2, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task A_refused_bulk_write_into_an_empty_store_leaves_its_claim_indexes_in_place()
    {
        await (await OpenAsync()).DisposeAsync();
        var migrated = await RawAsync(ClaimIndexes);
        var source = Article();
        await using var store = await OpenAsync();

        await Assert.ThrowsAsync<StoreException>(() => store.AddDocumentsAsync([(source, [Full(source), Full(source) with { Id = "" }])], Ct));

        Assert.Equal(migrated, await RawAsync(ClaimIndexes));
        Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }
}

/// <summary>Whole reads may be sorted outside the database; they must come back in the order paging gives.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_whole_read_orders_claims_of_the_same_date_by_id_as_paging_does()
    {
        var source = Article();
        var sameDay = ClaimTime.Day(new DateOnly(2022, 10, 17), "17 October 2022");
        var claims = new[] { Iran, NorthKorea, Hezbollah, Russia }
            .Select((actor, i) => Claim(source, actor, "attack", Kherson, sameDay, start: i))
            .Append(Claim(source, Iran, "contact", Russia, null, start: 9)).Append(Claim(source, Russia, "contact", Iran, null, start: 11))
            .ToList();
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(source, claims, ct: Ct);

        var whole = new List<string>();
        await foreach (var c in store.QueryClaimsAsync(ClaimQuery.All, Ct)) whole.Add(c.Id);
        var paged = new List<string>();
        for (var offset = 0; offset < claims.Count; offset += 2)
            await foreach (var c in store.QueryClaimsAsync(new ClaimQuery { Limit = 2, Offset = offset }, Ct)) paged.Add(c.Id);

        var dated = claims.Where(c => c.Time is not null).Select(c => c.Id).Order(StringComparer.Ordinal);
        var undated = claims.Where(c => c.Time is null).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(dated.Concat(undated), whole);
        Assert.Equal(whole, paged);
    }
}
