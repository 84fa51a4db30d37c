using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Analysis.Timeline;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Tests;

/// <summary>
/// Every one-shot answer read from the store's indexes (claim pairs, outlines, claims by subject and object) must equal
/// the answer computed from scratch on a snapshot of the whole graph: centrality, paths, co-presence, profile, relations,
/// timeline and an actor's conflicts (whole claims and the store's listing lines), under filters and roll-up, before and after verdicts, after a stored entity changes roll-up and after the store recomputes its indexes.
/// Run once per provider by a subclass that supplies a real database.
/// </summary>
public abstract class IndexedAnswers
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens this test's (new, empty) database; calling it again opens the same one.</summary>
    protected abstract Task<IEntenteStore> OpenAsync();

    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A store holding a small world with roll-up, denials, symmetric ties, places and several routes between hubs.</summary>
    private async Task<(IEntenteStore Store, World World)> StoreAsync()
    {
        var w = new World().Source("a", "Alpha", Reliability.A, new DateOnly(2020, 1, 1)).Source("b", "Beta", Reliability.C, new DateOnly(2023, 6, 1))
            .Source("c", "Gamma", Reliability.B).Source("d", null, Reliability.D);
        w.Claim("rus", "arms-transfer", "irn", "a", "Russia delivered the S-300 in 2016", time: World.Year(2016), materiel: ["s-300"]);
        // Reprints: their texts merge the sources into one witness, so a relation's rating falls short of its ceiling.
        w.Claim("rus", "arms-transfer", "irn", "b", "Russia delivered the S-300 in 2016, a reprint", time: World.Year(2016), materiel: ["s-300"]);
        w.Claim("rus", "arms-transfer", "irn", "d", "Russia delivered the S-300 in 2016 again", Certainty.Likely, time: World.Year(2016));
        w.Claim("irn", "funding", "hezbollah", "d", "Iran funds Hezbollah, the wire says", Certainty.Reported, time: World.Year(2018));
        // Between the same pair, a denial of another type that contests the transfers (support beside a cooperative
        // relation), and a type that cannot: rating a relation reads the pair's lines of the types that can.
        w.Claim("rus", "support", "irn", "c", "Moscow denies backing Tehran in 2016", Certainty.Denied, time: World.Year(2016));
        w.Claim("rus", "pressure", "irn", "c", "Moscow pressed Tehran over the price", time: World.Year(2016));
        // Both parties roll up to Russia: counted once, on the subject's side.
        w.Claim("rus", "funding", "wagner", "a", "Moscow pays Wagner", time: World.Year(2020));
        w.Claim("irgc", "arms-transfer", "rus", "a", "the Guards shipped drones", time: World.Year(2022), materiel: ["drones"]);
        w.Claim("wagner", "training", "irgc", "b", "Wagner trained Guards officers", Certainty.Reported, time: World.Year(2019));
        w.Claim("rus", "presence", "syr", "a", "Russian forces in Syria", time: World.Year(2015));
        w.Claim("irgc", "presence", "syr", "a", "Guards advisers in Syria", place: "hmeimim");
        w.Claim("wagner", "presence", "ven", "b", "Wagner guards in Caracas", Certainty.Alleged);
        w.Claim("irn", "arms-transfer", "ven", "a", "Iran arms Maduro", time: World.Year(2020));
        w.Claim("rus", "arms-transfer", "ven", "c", "Russia arms Maduro", time: World.Year(2019));
        w.Claim("usa", "sanction", "irn", "a", "the US sanctioned Iran", time: World.Year(2019));
        w.Claim("usa", "pressure", "wagner", "b", "US pressure on Wagner", time: World.Year(2023));
        w.Claim("kata-x", "proxy-of", "irn", "b", "Kata X acts for Tehran");
        w.Claim("kata-x", "funding", "mmr", "b", "Kata X funds the junta", time: World.Year(2021));
        w.Claim("rus", "arms-transfer", "mmr", "a", "Russia arms the junta", time: World.Year(2021));
        w.Claim("chn", "alliance", "rus", "c", "China and Russia are allies", time: World.Year(2022));
        w.Claim("chn", "arms-transfer", "isr", "a", "an arms deal with Israel");
        w.Claim("hezbollah", "training", "kata-x", "b", "Hezbollah trained Kata X fighters", time: World.Year(2020));
        w.Claim("hezbollah", "training", "al-shabaab", "c", "Hezbollah trained Al-Shabaab", Certainty.Possible, time: World.Year(2018));
        w.Claim("irn", "funding", "hezbollah", "a", "Iran funds Hezbollah", time: World.Year(2018));
        w.Claim("irn", "funding", "hezbollah", "c", "Tehran denies funding Hezbollah", Certainty.Denied, time: World.Year(2018));
        w.Claim("ven", "agreement", "irn", "c", "Caracas and Tehran signed a pact", time: World.Year(2021));
        w.Claim("irn", "presence", "ukr", "b", "Iranian drone instructors in Crimea");
        w.Claim("rus", "presence", "isr", "b", "Russian diplomats in Israel");
        w.Claim("rus", "presence", "ukr", "b", "Russian troops in Ukraine, the analyst says not");
        w.Claim("irn", "presence", "som", "b", "Iranian advisers in Somalia, really Yemen");
        // An actor linked to nothing but a place: no node of the network, so not in centrality's list or its counts.
        w.Claim("egy", "presence", "hmeimim", "c", "Egyptian observers at Hmeimim");
        w.Claim("syr", "support", "hezbollah", "a", "Damascus backs Hezbollah, the analyst says not", time: World.Year(2019));
        w.Claim("chn", "support", "som", "c", "Beijing backs Mogadishu, really Hezbollah", time: World.Year(2020));
        // Facts a profile reads from the store: a client naming its patron, dated pressure with a place, an undated one.
        w.Claim("kata-x", "client-of", "irgc", "c", "Kata X answers to the Guards", time: World.Year(2021));
        w.Claim("isr", "sanction", "irn", "c", "Israel sanctioned Tehran's men at the base", time: World.Year(2017), place: "hmeimim");
        w.Claim("isr", "pressure", "rus", "d", "Israel pressed Moscow");
        w.Claim("rus", "sanction", "kata-x", "a", "Moscow sanctioned Kata X, the analyst says not", time: World.Year(2024));
        // Counts that disagree: a profile's conflicts read each claim's quantity.
        foreach (var (source, text, quantity) in new[] { ("b", "Iran sent dozens of drones to Russia", new Quantity("dozens", 24, 99, "drones")), ("c", "Iran sent 2,400 drones to Russia", new Quantity("2,400", 2400, 2400, "drones")) })
        {
            var counted = w.Claim("irn", "arms-transfer", "rus", source, text, time: World.Year(2022), materiel: ["drones"]);
            w.Claims[^1] = (counted with { Id = "", Quantity = quantity }).WithId();
        }
        var store = await OpenAsync();
        // As ingest does: every entity the claims name that the knowledge base does not know is stored.
        await store.UpsertEntitiesAsync([new Entity { Id = "kata-x", Kind = EntityKind.ArmedGroup, Name = "Kata X" }], Ct);
        foreach (var s in w.Sources)
            await store.AddDocumentAsync(s with { Text = "text of " + s.Id }, w.Claims.Where(c => c.SourceId == s.Id).ToList(), ct: Ct);
        return (store, w);
    }

    private static Claim Find(World w, string text) => w.Claims.Single(c => c.Evidence.Text == text);

    /// <summary>Rejects the only tie of Syria to Hezbollah and Russia's troops in Ukraine; moves China's support from Somalia to Hezbollah and Iran's advisers to Israel.</summary>
    private static async Task JudgeAsync(IEntenteStore store, World w)
    {
        async Task Reject(string id, string text) =>
            await store.AddVerdictAsync(new Verdict { Id = id, ClaimId = Find(w, text).Id, Kind = VerdictKind.Reject, Analyst = "ann", At = At }, Ct);
        async Task Correct(string id, string text, Func<Claim, Claim> fix) =>
            await store.AddVerdictAsync(new Verdict { Id = id, ClaimId = Find(w, text).Id, Kind = VerdictKind.Correct, Analyst = "ann", At = At, Correction = fix(Find(w, text)) }, Ct);
        await Reject("v1", "Russian troops in Ukraine, the analyst says not");
        await Reject("v2", "Damascus backs Hezbollah, the analyst says not");
        await Reject("v7", "Moscow sanctioned Kata X, the analyst says not");
        await Correct("v3", "Beijing backs Mogadishu, really Hezbollah", c => c with { Id = "c-fixed-1", Object = World.Ref("hezbollah") });
        await Correct("v4", "Iranian advisers in Somalia, really Yemen", c => c with { Id = "c-fixed-2", Object = World.Ref("isr") });
        // Accepted, then rejected later: the latest verdict decides.
        await store.AddVerdictAsync(new Verdict { Id = "v5", ClaimId = Find(w, "China and Russia are allies").Id, Kind = VerdictKind.Accept, Analyst = "ann", At = At }, Ct);
        await store.AddVerdictAsync(new Verdict { Id = "v6", ClaimId = Find(w, "China and Russia are allies").Id, Kind = VerdictKind.Reject, Analyst = "bob", At = At.AddDays(1) }, Ct);
    }

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var stage in new[] { "ingested", "judged", "kb-added", "reindexed" })
            foreach (var filter in new[] { "none", "rollup", "military", "reported+rollup", "from-2019+rollup", "include-rejected" })
                cases.Add(stage, filter);
        return cases;
    }

    private static AnalysisFilter Filter(string name) => name switch
    {
        "none" or "include-rejected" => AnalysisFilter.None,
        "rollup" => new AnalysisFilter { Rollup = true },
        "military" => new AnalysisFilter { Spheres = [Sphere.Military] },
        "reported+rollup" => new AnalysisFilter { MinCertainty = Certainty.Reported, Rollup = true },
        "from-2019+rollup" => new AnalysisFilter { From = new DateOnly(2019, 1, 1), Rollup = true },
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_indexed_answer_equals_the_answer_from_the_whole_graph(string stage, string filterName)
    {
        var (store, w) = await StoreAsync();
        await using var _ = store;
        var kb = World.Kb;
        if (stage is "judged" or "kb-added" or "reindexed") await JudgeAsync(store, w);
        if (stage is "kb-added" or "reindexed")
        {
            // `kb add` stores an entity, and the knowledge base a command sees layers the stored ones over the shipped:
            // Kata X now answers to Syria, not (by its proxy-of claim) to Iran.
            await store.UpsertEntitiesAsync([new Entity { Id = "kata-x", Kind = EntityKind.ArmedGroup, Name = "Kata X", Links = [new EntityLink("part-of", "syr")] }], Ct);
            kb = kb.With(await store.ListEntitiesAsync(Ct));
        }
        // What the store keeps beside the claims, recomputed by its SQL from every claim, must answer as what the writes kept.
        if (stage == "reindexed") await store.ReindexAsync(Ct);
        var filter = Filter(filterName);
        var rejected = filterName == "include-rejected";
        var whole = await GraphSnapshot.LoadAsync(store, kb, new SnapshotOptions { IncludeRejected = rejected }, Ct);

        Same(whole.Centrality(filter), await IndexedQueries.CentralityAsync(store, kb, filter, rejected, Ct));
        foreach (var (a, b) in new[] { ("rus", "hezbollah"), ("usa", "al-shabaab"), ("chn", "mmr"), ("ven", "kata-x") })
            Same(whole.Paths(a, b, 3, filter, 10), (await IndexedQueries.PathsAsync(store, kb, a, b, 3, filter, 10, rejected, Ct)).Paths);
        Same(whole.Paths("rus", "hezbollah", 3, filter, 2), (await IndexedQueries.PathsAsync(store, kb, "rus", "hezbollah", 3, filter, 2, rejected, Ct)).Paths);
        foreach (var (a, b) in new[] { ("rus", "irn"), ("wagner", "irgc"), ("irn", "kata-x"), ("chn", "isr") })
        {
            var full = whole.CoPresence(a, b, filter, new Random(7), 200);
            Same(full, await IndexedQueries.CoPresenceAsync(store, kb, a, b, filter, new Random(7), 200, rejected, ct: Ct));
            // A table shows the first claims of each side: only those are read, and they are the whole report's first.
            var firstOnly = full with { Theaters = full.Theaters.Select(t => t with { EvidenceA = t.EvidenceA.Take(1).ToList(), EvidenceB = t.EvidenceB.Take(1).ToList() }).ToList() };
            Same(firstOnly, await IndexedQueries.CoPresenceAsync(store, kb, a, b, filter, new Random(7), 200, rejected, evidence: 1, Ct));
        }
        foreach (var actor in new[] { "irn", "rus", "hezbollah" })
        {
            var around = await GraphSnapshot.LoadAroundAsync(store, kb, [actor], filter.Rollup, Ct, rejected);
            Same(whole.Relations(filter, actor), around.Relations(filter, actor));
            // `relations ACTOR` lists the first ones, rating only those that could be among them.
            foreach (var limit in new[] { 1, 2, 3, 5, 50 })
                Same(whole.Relations(filter, actor).Take(limit).ToList(), await IndexedRelations.TopAsync(store, kb, actor, filter, limit, rejected, Ct));
            Same(whole.Timeline(actor, null, null, filter), around.Timeline(actor, null, null, filter));
            // `timeline ACTOR` reads the claims as the store lists them, not whole: the same entries, also as reported by a date.
            var listed = await GraphSnapshot.LoadForTimelineAsync(store, kb, [actor], filter.Rollup, Ct, rejected);
            foreach (var asOf in new DateOnly?[] { null, new DateOnly(2022, 12, 31) })
            {
                Same(whole.Timeline(actor, null, asOf, filter), listed.Timeline(actor, null, asOf, filter));
                // And from the listings alone, with no graph (what `entente timeline` answers).
                Same(whole.Timeline(actor, null, asOf, filter), await ListedTimeline.BuildAsync(store, kb, actor, null, asOf, filter, rejected, Ct));
            }
            // `conflicts --actor` reads the same lines: denials and disagreeing counts read nothing a listing leaves out.
            Same(whole.Conflicts(filter, actor), listed.Conflicts(filter, actor));
        }
        foreach (var (a, b) in new[] { ("rus", "irn"), ("irn", "hezbollah"), ("chn", "hezbollah") })
        {
            var listed = await GraphSnapshot.LoadForTimelineAsync(store, kb, [a, b], filter.Rollup, Ct, rejected);
            Same(whole.Timeline(a, b, null, filter), listed.Timeline(a, b, null, filter));
            foreach (var asOf in new DateOnly?[] { null, new DateOnly(2022, 12, 31) })
                Same(whole.Timeline(a, b, asOf, filter), await ListedTimeline.BuildAsync(store, kb, a, b, asOf, filter, rejected, Ct));
        }
        if (!rejected)
            foreach (var (a, b) in new[] { ("rus", "irn"), ("irn", "kata-x"), ("wagner", "irgc"), ("usa", "chn"), ("hezbollah", "irn"), ("isr", "rus") })
                Same(whole.Profile(a, b, filter), (await GraphSnapshot.LoadForProfileAsync(store, kb, a, b, filter, Ct)).Profile(a, b, filter));
    }

    private static void Same<T>(T expected, T actual) => Assert.Equal(EntenteJson.Serialize(expected), EntenteJson.Serialize(actual));
}
