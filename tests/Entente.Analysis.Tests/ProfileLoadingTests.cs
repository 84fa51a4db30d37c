using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Sources;
using Entente.Storage;
using Entente.Storage.Sqlite;
using Entente.TestSupport;

namespace Entente.Analysis.Tests;

/// <summary>
/// A profile loaded with only the pair's claims and their outlines must equal the profile of the whole graph,
/// on a real SQLite file, under every filter, roll-up and verdict.
/// </summary>
public sealed class ProfileLoadingTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<IEntenteStore> StoreAsync()
    {
        var w = new World().Source("a", "Alpha", Reliability.A).Source("b", "Beta", Reliability.C);
        w.Claim("rus", "arms-transfer", "irn", "a", "Russia delivered the S-300 in 2016", time: World.Year(2016), materiel: ["s-300"]);
        w.Claim("irgc", "arms-transfer", "rus", "a", "the Guards shipped drones", time: World.Year(2022), materiel: ["drones"]);
        w.Claim("wagner", "training", "irgc", "b", "Wagner trained Guards officers", Certainty.Reported, time: World.Year(2019));
        w.Claim("rus", "presence", "syr", "a", "Russian forces in Syria", time: World.Year(2015));
        w.Claim("irgc", "presence", "syr", "a", "Guards advisers in Syria", place: "hmeimim");
        w.Claim("wagner", "presence", "ven", "b", "Wagner guards in Caracas", Certainty.Alleged);
        w.Claim("irn", "arms-transfer", "ven", "a", "Iran arms Maduro", time: World.Year(2020));
        w.Claim("rus", "arms-transfer", "ven", "a", "Russia arms Maduro", time: World.Year(2019));
        w.Claim("usa", "sanction", "irn", "a", "the US sanctioned Iran", time: World.Year(2019));
        w.Claim("usa", "pressure", "wagner", "b", "US pressure on Wagner", time: World.Year(2023));
        // A militia that only claims tie to Iran: rolled up, its client Myanmar becomes Iran's.
        w.Claim("kata-x", "proxy-of", "irn", "b", "Kata X acts for Tehran");
        w.Claim("kata-x", "funding", "mmr", "b", "Kata X funds the junta", time: World.Year(2021));
        w.Claim("rus", "arms-transfer", "mmr", "a", "Russia arms the junta", time: World.Year(2021));
        w.Claim("chn", "arms-transfer", "isr", "a", "an unrelated claim");
        // Verdicts decide two theaters: Ukraine would be shared but for a rejection, Israel is shared by a correction.
        w.Claim("irn", "presence", "ukr", "b", "Iranian drone instructors in Crimea");
        w.Claim("rus", "presence", "isr", "b", "Russian diplomats in Israel");
        var rejected = w.Claim("rus", "presence", "ukr", "b", "Russian troops in Ukraine, the analyst says not");
        var misplaced = w.Claim("irn", "presence", "som", "b", "Iranian advisers in Somalia, really Yemen");
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var store = await SqliteStore.OpenAsync(_dir.File("world.db"), Ct);
        foreach (var s in w.Sources)
            await store.AddDocumentAsync(s with { Text = "text of " + s.Id }, w.Claims.Where(c => c.SourceId == s.Id).ToList(), ct: Ct);
        await store.AddVerdictAsync(new Verdict { Id = "v1", ClaimId = rejected.Id, Kind = VerdictKind.Reject, Analyst = "ann", At = at }, Ct);
        await store.AddVerdictAsync(new Verdict
        {
            Id = "v2",
            ClaimId = misplaced.Id,
            Kind = VerdictKind.Correct,
            Analyst = "ann",
            At = at,
            Correction = misplaced with { Id = "c-fixed", Object = World.Ref("isr") }
        }, Ct);
        return store;
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "none", "rus irn" }, { "rollup", "rus irn" }, { "rollup", "wagner irgc" }, { "military", "rus irn" },
        { "reported+rollup", "rus irn" }, { "from-2019+rollup", "irn rus" }, { "rollup", "rus ven" },
    };

    private static AnalysisFilter Filter(string name) => name switch
    {
        "none" => AnalysisFilter.None,
        "rollup" => new AnalysisFilter { Rollup = true },
        "military" => new AnalysisFilter { Spheres = [Sphere.Military] },
        "reported+rollup" => new AnalysisFilter { MinCertainty = Certainty.Reported, Rollup = true },
        "from-2019+rollup" => new AnalysisFilter { From = new DateOnly(2019, 1, 1), Rollup = true },
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_profile_loaded_for_the_pair_equals_the_profile_of_the_whole_graph(string filterName, string pair)
    {
        await using var store = await StoreAsync();
        var (a, b) = (pair.Split(' ')[0], pair.Split(' ')[1]);
        var filter = Filter(filterName);

        var whole = (await GraphSnapshot.LoadAsync(store, World.Kb, ct: Ct)).Profile(a, b, filter);
        var loaded = await GraphSnapshot.LoadForProfileAsync(store, World.Kb, a, b, filter, Ct);

        Assert.Equal(EntenteJson.Serialize(whole), EntenteJson.Serialize(loaded.Profile(a, b, filter)));
        if (filter.Rollup && pair == "rus irn") Assert.Equal(["irn", "isr", "mmr", "syr", "ven"], whole.SharedTheaters.Select(t => t.Id));
        Assert.True(loaded.Graph.Claims.Count < 10, $"the pair snapshot holds {loaded.Graph.Claims.Count} claims");
    }

    [Fact]
    public async Task A_pair_snapshot_refuses_a_profile_under_a_filter_it_was_not_loaded_for()
    {
        await using var store = await StoreAsync();
        var loaded = await GraphSnapshot.LoadForProfileAsync(store, World.Kb, "rus", "irn", AnalysisFilter.None, Ct);

        var e = Assert.Throws<InvalidOperationException>(() => loaded.Profile("rus", "irn", new AnalysisFilter { Rollup = true }));

        Assert.Contains("load the whole graph", e.Message);
        Assert.Equal(["isr", "ven"], loaded.Profile("rus", "irn").SharedTheaters.Select(t => t.Id));
    }
}
