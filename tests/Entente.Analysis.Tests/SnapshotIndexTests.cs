using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Sources;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Analysis.Tests;

/// <summary>The indexes and loaders that make queries fast must not change an answer.</summary>
public sealed class SnapshotIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Russia and Iran with claims between them, claims of each with others (theaters, clients, pressure),
    // organs that roll up to them, and claims between third parties that a load around the pair leaves out.
    private static World Pair()
    {
        var w = new World().Source("a", "Alpha", Reliability.A).Source("b", "Beta", Reliability.B).Source("c", "Gamma", Reliability.C);
        w.Claim("rus", "arms-transfer", "irn", "a", "Russia delivered the S-300 to Iran", time: World.Year(2016), materiel: ["s-300"]);
        w.Claim("irn", "arms-transfer", "rus", "b", "Iran sent drones to Russia", time: World.Year(2022), materiel: ["drones"]);
        w.Claim("irn", "arms-transfer", "rus", "c", "Iran sent drones to Russia, a paper said", Certainty.Reported, time: World.Year(2022));
        w.Claim("rus", "agreement", "irn", "a", "Russia and Iran signed a deal", time: World.Year(2007), phase: Phase.Agreed);
        w.Claim("wagner", "presence", "syr", "a", "Wagner fighters were in Syria", time: World.Year(2017));
        w.Claim("irgc", "presence", "syr", "b", "IRGC advisers were in Syria", time: World.Year(2015));
        w.Claim("rus", "attack", "syr", "a", "Russian jets struck from Hmeimim", place: "hmeimim");
        w.Claim("irgc", "arms-transfer", "hezbollah", "b", "the IRGC armed Hezbollah");
        w.Claim("rus", "arms-transfer", "ven", "a", "Russia armed Venezuela");
        w.Claim("irn", "arms-transfer", "ven", "c", "Iran armed Venezuela", time: World.Year(2019));
        w.Claim("usa", "sanction", "irn", "a", "the US sanctioned Iran", time: World.Year(2019));
        w.Claim("usa", "pressure", "rus", "b", "the US pressed Russia", time: World.Year(2021));
        w.Claim("irn", "pressure", "rus", "c", "Iran pressed Russia on prices", time: World.Year(2020));
        w.Claim("chn", "economic-cooperation", "ven", "b", "China traded with Venezuela");
        w.Claim("usa", "arms-transfer", "ukr", "a", "the US armed Ukraine", place: "crimea");
        return w;
    }

    private static string Json<T>(T value) => EntenteJson.Serialize(value);

    private static async Task<IEntenteStore> StoreOf(World w, TempDir dir)
    {
        var store = await StoreOpener.OpenAsync(dir.File("pair.db"), Ct);
        foreach (var s in w.Sources) await store.AddDocumentAsync(s, w.Claims.Where(c => c.SourceId == s.Id).ToList(), ct: Ct);
        return store;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_snapshot_loaded_around_a_pair_gives_the_same_profile_as_the_whole_graph(bool rollup)
    {
        using var dir = new TempDir();
        await using var store = await StoreOf(Pair(), dir);
        var filter = new AnalysisFilter { Rollup = rollup };

        var whole = await GraphSnapshot.LoadAsync(store, World.Kb, ct: Ct);
        var around = await GraphSnapshot.LoadAroundAsync(store, World.Kb, ["rus", "irn"], rollup, Ct);

        Assert.True(around.Graph.Claims.Count < whole.Graph.Claims.Count);
        Assert.Equal(Json(whole.Profile("rus", "irn", filter)), Json(around.Profile("rus", "irn", filter)));
    }

    [Fact]
    public void A_profile_reading_kept_actor_facts_equals_one_that_gathers_them_afresh()
    {
        var snapshot = Pair().Snapshot();
        var fresh = AllianceProfiler.Build(snapshot.Graph, "rus", "irn", AnalysisFilter.None);

        var first = snapshot.Profile("rus", "irn");
        var again = snapshot.Profile("rus", "irn");

        Assert.Equal(Json(fresh), Json(first));
        Assert.Equal(Json(fresh), Json(again));
        Assert.Equal(["ven"], first.SharedTheaters.Select(t => t.Id)); // Russia: Iran, Syria, Venezuela; Iran: Russia, Venezuela
        // Third-party pressure in 2019 (on Iran) and 2021 (on Russia); Iran's own pressure on Russia is no third party.
        // Cooperation went on within two years of 2021 (drones, 2022) but not of 2019.
        Assert.Equal(0.5, first.Indicators.Single(i => i.Id == "persistence-under-pressure").Value);
    }

    [Fact]
    public void Actor_facts_hold_the_theaters_clients_and_third_party_pressure_of_one_actor()
    {
        var g = Pair().Graph();

        var iran = ActorFacts.Gather(g, "irn", g.Touching("irn", AnalysisFilter.None));

        Assert.Equal(["rus", "ven"], iran.Theaters.Order()); // it acts on Russia and arms Venezuela; IRGC's Syria counts only when rolling up
        Assert.Equal(new Dictionary<string, int> { ["rus"] = 2, ["ven"] = 1 }, iran.Clients);
        Assert.Equal([new Pressure("usa", 2019, 2019)], iran.Pressures);
    }

    [Fact]
    public void Claims_between_two_actors_are_those_in_either_direction_and_none_of_a_third()
    {
        var w = Pair();
        w.Claim("rus", "pressure", "rus", "a", "Russia pressed itself, a parser said");
        var g = w.Graph();

        var between = g.Between("irn", "RUS", AnalysisFilter.None).Select(x => x.Claim.Evidence.Text).ToList();
        var itself = g.Between("rus", "rus", AnalysisFilter.None).Select(x => x.Claim.Evidence.Text).ToList();

        Assert.Equal(
        [
            "Russia delivered the S-300 to Iran", "Iran sent drones to Russia", "Iran sent drones to Russia, a paper said",
            "Russia and Iran signed a deal", "Iran pressed Russia on prices",
        ], between);
        Assert.Equal(["Russia pressed itself, a parser said"], itself);
    }
}
