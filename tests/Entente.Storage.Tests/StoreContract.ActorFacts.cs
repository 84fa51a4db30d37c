using Entente.Core.Ontology;
using Entente.Core.Time;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The actor facts: kept by every write in its own transaction, recomputed the same by a reindex and by the migration.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Every_write_counts_its_new_affirmative_claims_into_their_actors_facts_and_a_reindex_agrees()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        var third = Source("Moscow sanctioned Pyongyang's bankers, and its troops stayed in Kherson.", "Sanctions");
        await using var store = await OpenAsync();

        await store.AddDocumentAsync(first,
        [
            Full(first), Claim(first, Iran, "arms-transfer", Russia, certainty: Certainty.Denied, start: 5),
            Claim(first, Iran, "agreement", Russia, start: 7), Claim(first, Hezbollah, "training", null, start: 9),
        ], ct: Ct);
        await store.AddDocumentsAsync([(second, [Claim(second, NorthKorea, "arms-transfer", Russia)]), (first, [Claim(first, Hezbollah, "client-of", Iran)])], Ct);
        await store.AddDocumentStreamAsync(third, Streamed([Claim(third, Russia, "sanction", NorthKorea, ClaimTime.Years(2023, 2024, TimePrecision.Year, "2023–24"))]), ct: Ct);
        await store.AddClaimsAsync([Full(first), Claim(third, Russia, "presence", Kherson, start: 3)], Ct);
        var facts = await FactsAsync(store, ["irn", "rus", "prk", "hezbollah"]);

        // The denial, the symmetric agreement without a place, the claim without object and the repeated claim give nothing;
        // the client-of claim of the skipped source neither.
        Assert.Equal(
        [
            "irn Client rus 0-0 ×1", "irn Place kherson 0-0 ×1",
            "prk Client rus 0-0 ×1", "prk ObjectHome rus 0-0 ×1", "prk Pressure rus 2023-2024 ×1",
            "rus ObjectHome prk 0-0 ×1", "rus ObjectPlace kherson 0-0 ×1", "rus Place kherson 0-0 ×1",
        ], facts);
        Assert.Equal(["prk Client rus 0-0 ×1", "prk ObjectHome rus 0-0 ×1", "prk Pressure rus 2023-2024 ×1"], await FactsAsync(store, ["prk"]));
        await store.ReindexAsync(Ct);
        Assert.Equal(facts, await FactsAsync(store, ["irn", "rus", "prk", "hezbollah"]));
    }

    [Fact]
    public async Task A_database_from_before_the_actor_facts_gets_them_from_its_claims()
    {
        var source = Article();
        await using (var store = await OpenAsync())
            await store.AddDocumentAsync(source, [Full(source), Claim(source, Hezbollah, "client-of", Iran, start: 7)], ct: Ct);
        // Undo the actor_facts migration (and the listing lines after it) by hand: what a database written by an older entente looks like.
        await RawAsync("DROP TABLE actor_facts");
        await RawAsync("DROP INDEX IF EXISTS claims_subject_line"); // SQLite 11, the listing lines
        await RawAsync("DROP INDEX IF EXISTS claims_object_line");
        await RawAsync("DELETE FROM schema_version WHERE version >= (SELECT version FROM schema_version WHERE description LIKE 'actor_facts:%')");

        await using var reopened = await OpenAsync();

        Assert.Equal(["hezbollah ObjectHome irn 0-0 ×1", "irn Client hezbollah 0-0 ×1", "irn Client rus 0-0 ×1", "irn Place kherson 0-0 ×1", "rus Place kherson 0-0 ×1"],
            await FactsAsync(reopened, ["irn", "rus", "hezbollah"]));
    }

    [Fact]
    public async Task Every_actors_facts_of_some_kinds_are_the_facts_of_those_kinds_each_actor_has()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(first, [Full(first), Claim(first, Hezbollah, "client-of", Iran, start: 7), Claim(first, Russia, "presence", Kherson, start: 3)], ct: Ct);
        await store.AddDocumentAsync(second, [Claim(second, NorthKorea, "arms-transfer", Russia), Claim(second, Russia, "presence", Kherson)], ct: Ct);
        var places = new[] { ActorFactKind.Place, ActorFactKind.ObjectPlace, ActorFactKind.ObjectHome };

        var ofKinds = new List<string>();
        await foreach (var f in store.QueryActorFactsOfKindsAsync(places, Ct)) ofKinds.Add($"{f.ActorId} {f.Kind} {f.OtherId} {f.FromYear}-{f.ToYear} ×{f.Claims}");
        ofKinds.Sort(StringComparer.Ordinal);

        // Russia's presence in Kherson is said twice (two claims, one fact counted twice); clients and pressure are left out.
        Assert.Equal(
        [
            "hezbollah ObjectHome irn 0-0 ×1", "irn Place kherson 0-0 ×1", "prk ObjectHome rus 0-0 ×1",
            "rus ObjectPlace kherson 0-0 ×2", "rus Place kherson 0-0 ×1",
        ], ofKinds);
        Assert.Equal((await FactsAsync(store, ["irn", "rus", "prk", "hezbollah", "kherson"])).Where(f => !f.Contains(" Client ") && !f.Contains(" Pressure ")), ofKinds);
        Assert.Empty(await store.QueryActorFactsOfKindsAsync([], Ct).ToListAsync(Ct));
    }

    private static async Task<List<string>> FactsAsync(IEntenteStore store, IReadOnlyCollection<string> actors)
    {
        var facts = new List<string>();
        await foreach (var f in store.QueryActorFactsAsync(actors, Ct)) facts.Add($"{f.ActorId} {f.Kind} {f.OtherId} {f.FromYear}-{f.ToYear} ×{f.Claims}");
        facts.Sort(StringComparer.Ordinal);
        return facts;
    }
}
