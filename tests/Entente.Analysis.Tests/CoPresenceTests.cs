using Entente.Analysis.Graph;
using Entente.Analysis.Theaters;

namespace Entente.Analysis.Tests;

public sealed class CoPresenceTests
{
    private static World Theaters()
    {
        var w = new World().Source("s");
        w.Claim("rus", "protection", "hezbollah", "s", "Russia protected Hezbollah at Hmeimim", place: "hmeimim");
        w.Claim("rus", "arms-transfer", "ven", "s", "Russia supplies Maduro weapons");
        w.Claim("irn", "arms-transfer", "ven", "s", "Iranian drones for Maduro", materiel: ["drones"]);
        w.Claim("irgc", "personnel-deployment", "rus", "s", "IRGC advisors are on the ground in Crimea", place: "crimea");
        w.Claim("rus", "presence", "mmr", "s", "Russian officers are in Myanmar");
        w.Claim("irn", "support", "al-shabaab", "s", "Iran helps Al-Shabaab");
        return w;
    }

    [Fact]
    public void Rolled_up_actors_share_the_theaters_of_places_and_of_the_objects_they_arm()
    {
        var report = Theaters().Snapshot().CoPresence("rus", "irgc", new AnalysisFilter { Rollup = true });
        Assert.Equal("irn", report.B.Id);
        Assert.Equal(["irgc part-of irn"], report.ChainB!.Steps.Select(s => $"{s.From.Id} {s.Link} {s.To.Id}"));
        // Hmeimim → Syria (Hezbollah rolls up to Iran), Crimea → Ukraine, arms for Venezuela count in Venezuela.
        Assert.Equal(["syr", "ukr", "ven"], report.Theaters.Select(t => t.Theater.Id).Order());
        Assert.Equal(["mmr"], report.OnlyA.Select(t => t.Id));
        Assert.Equal(["som"], report.OnlyB.Select(t => t.Id));
        var ven = report.Theaters.Single(t => t.Theater.Id == "ven");
        Assert.Equal("Iranian drones for Maduro", Assert.Single(ven.EvidenceB).Text);
    }

    [Fact]
    public void Without_roll_up_the_organ_and_the_proxy_keep_their_own_footprints()
    {
        var report = Theaters().Snapshot().CoPresence("rus", "irn");
        Assert.Equal(["ven"], report.Theaters.Select(t => t.Theater.Id));
    }

    [Fact]
    public void Two_footprints_of_four_out_of_five_theaters_must_share_three_so_the_p_value_is_one()
    {
        var report = Theaters().Snapshot().CoPresence("rus", "irn", new AnalysisFilter { Rollup = true }, new Random(7), 500);
        Assert.Equal(3, report.Test.Observed);
        Assert.Equal(5, report.Test.PoolSize);
        Assert.Equal(500, report.Test.Permutations);
        Assert.Equal(1.0, report.Test.PValue);
    }

    [Fact]
    public void Two_draws_of_two_from_four_equal_theaters_coincide_one_time_in_six()
    {
        var pool = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 1 };
        var r = PermutationTest.Overlap(2, 2, 2, pool, 20000, new Random(42), "four theaters");
        Assert.InRange(r.PValue, 1 / 6.0 - 0.01, 1 / 6.0 + 0.01);
        Assert.InRange(r.Expected, 0.97, 1.03); // 2 × 2 / 4
        Assert.Equal(r, PermutationTest.Overlap(2, 2, 2, pool, 20000, new Random(42), "four theaters"));
    }
}
