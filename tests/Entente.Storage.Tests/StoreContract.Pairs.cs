using Entente.Core.Ontology;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The claim pairs: kept by every write in its own transaction, recomputed the same by a reindex and by the migration.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Every_write_counts_its_new_affirmative_claims_into_their_pairs_and_a_reindex_agrees()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        var third = Source("More shells from Pyongyang, and a pact with Moscow.", "More shells");
        await using var store = await OpenAsync();

        await store.AddDocumentAsync(first,
        [
            Full(first), Claim(first, Russia, "attack", Kherson), Claim(first, Iran, "arms-transfer", Russia, certainty: Certainty.Denied, start: 5),
            Claim(first, Iran, "agreement", Russia, start: 7), Claim(first, Hezbollah, "training", null, start: 9),
        ], ct: Ct);
        await store.AddDocumentsAsync([(second, [Claim(second, NorthKorea, "arms-transfer", Russia)]), (first, [Claim(first, Iran, "funding", Hezbollah)])], Ct);
        await store.AddDocumentStreamAsync(third, Streamed([Claim(third, NorthKorea, "arms-transfer", Russia, start: 3)]), ct: Ct);
        await store.AddClaimsAsync([Full(first), Claim(second, NorthKorea, "arms-transfer", Russia)], Ct);
        var pairs = await PairsAsync(store);

        // The denial, the claim without object, the skipped source and the repeated claims count nowhere.
        Assert.Equal(["irn>rus 2/1", "prk>rus 2/0", "rus>kherson 1/0"], pairs);
        Assert.Equal(3, await store.ReindexAsync(Ct));
        Assert.Equal(pairs, await PairsAsync(store));
    }

    [Fact]
    public async Task A_database_from_before_the_claim_pairs_gets_them_from_its_claims()
    {
        var source = Article();
        await using (var store = await OpenAsync())
            await store.AddDocumentAsync(source, [Full(source), Claim(source, Iran, "agreement", Russia, start: 7)], ct: Ct);
        // Undo the claim_pairs migration and the ones after it (claim ids, covering indexes, actor facts, listing lines) by hand: what a
        // database written by an older entente looks like. Found by description, since the providers number them differently.
        await RawAsync("DROP TABLE claim_pairs");
        await RawAsync("DROP TABLE actor_facts");
        await RawAsync("DROP INDEX IF EXISTS claims_subject_line"); // SQLite 11, the listing lines
        await RawAsync("DROP INDEX IF EXISTS claims_object_line");
        await RawAsync("DELETE FROM schema_version WHERE version >= (SELECT version FROM schema_version WHERE description LIKE 'claim_pairs:%')");

        await using var reopened = await OpenAsync();

        Assert.Equal(["irn>rus 2/1"], await PairsAsync(reopened));
    }

    private static async Task<List<string>> PairsAsync(IEntenteStore store)
    {
        var pairs = new List<string>();
        await foreach (var p in store.QueryClaimPairsAsync(Ct)) pairs.Add($"{p.SubjectId}>{p.ObjectId} {p.Affirmed}/{p.Symmetric}");
        pairs.Sort(StringComparer.Ordinal);
        return pairs;
    }
}
