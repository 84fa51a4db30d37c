using Entente.Analysis.Network;
using Entente.Core.Sources;

namespace Entente.Analysis.Tests;

public sealed class CommunitiesTests
{
    private static string[] Names(IEnumerable<Community> communities) =>
        communities.Select(c => string.Join(' ', c.Members.Select(m => m.Name))).Order(StringComparer.Ordinal).ToArray();

    // Two triangles of cooperation joined by one edge: modularity splits them at the bridge.
    private static World Triangles()
    {
        var w = new World().Source("s");
        w.Claim("rus", "contact", "irn", "s", "a");
        w.Claim("irn", "contact", "syr", "s", "b");
        w.Claim("syr", "contact", "rus", "s", "c");
        w.Claim("ven", "contact", "mmr", "s", "d");
        w.Claim("mmr", "contact", "chn", "s", "e");
        w.Claim("chn", "contact", "ven", "s", "f");
        w.Claim("syr", "contact", "ven", "s", "g");
        return w;
    }

    [Fact]
    public void Two_triangles_joined_by_one_tie_are_two_communities()
    {
        Assert.Equal(["China Myanmar Venezuela", "Iran Russia Syria"], Names(Triangles().Snapshot().Communities(random: new Random(3))));
    }

    [Fact]
    public void Modularity_of_two_bridged_triangles_is_five_fourteenths()
    {
        // 7 ties, 2m = 14; each triangle holds 3 ties (6 in the sum over ordered pairs) and degree 7:
        // Q = 2 × (6/14 − (7/14)²) = 5/14.
        var g = WeightedGraph.From(6, [(0, 1, 1), (1, 2, 1), (2, 0, 1), (3, 4, 1), (4, 5, 1), (5, 3, 1), (2, 3, 1)]);
        var partition = Louvain.Partition(g, new Random(7));
        Assert.Equal([0, 0, 0, 1, 1, 1], partition);
        Assert.Equal(5.0 / 14, g.Modularity(partition), 12);
        Assert.Equal(0, g.Modularity(new int[6]), 12);
    }

    [Fact]
    public void Actors_joined_only_by_hostile_ties_are_apart_unless_hostile_ties_are_asked_for()
    {
        var w = new World().Source("s");
        w.Claim("rus", "arms-transfer", "irn", "s", "Russia arms Iran");
        w.Claim("usa", "support", "isr", "s", "the US backs Israel");
        w.Claim("isr", "attack", "irn", "s", "Israel strikes Iran");
        w.Claim("usa", "sanction", "rus", "s", "the US sanctions Russia");
        w.Claim("usa", "sanction", "irn", "s", "and Iran");
        var snapshot = w.Snapshot();
        Assert.Equal(["Iran Russia", "Israel United States"], Names(snapshot.Communities()));
        Assert.Equal(["Iran Israel Russia United States"], Names(snapshot.Communities(options: new CommunityOptions { IncludeHostile = true })));
    }

    [Fact]
    public void An_actor_between_two_camps_joins_the_one_whose_ties_are_corroborated()
    {
        // Syria has one tie to each pair; the tie to Iran is reported by three independent publishers.
        var w = new World().Source("a", "Alpha", Reliability.B).Source("b", "Beta", Reliability.B).Source("c", "Gamma", Reliability.B);
        w.Claim("rus", "alliance", "irn", "a", "Russia and Iran are allies");
        w.Claim("ven", "alliance", "mmr", "a", "Venezuela and Myanmar are allies");
        w.Claim("irn", "arms-transfer", "syr", "a", "Iran armed Syria with rockets in spring");
        w.Claim("irn", "arms-transfer", "syr", "b", "Tehran shipped missiles to Damascus by air");
        w.Claim("irn", "arms-transfer", "syr", "c", "Iranian cargo flights carried weapons to the Syrian army");
        w.Claim("ven", "support", "syr", "a", "Venezuela backs Syria");
        var names = Names(w.Snapshot().Communities());
        Assert.Contains("Iran Russia Syria", names);
        Assert.Contains("Myanmar Venezuela", names);
    }

    [Fact]
    public void A_seed_gives_one_partition_and_restarts_make_seeds_agree()
    {
        // Four cliques of four in a ring, each joined to the next by one tie: an order-sensitive case for one run.
        var pairs = new List<(int, int, double)>();
        for (var k = 0; k < 4; k++)
        {
            for (var i = 0; i < 4; i++)
                for (var j = i + 1; j < 4; j++) pairs.Add((4 * k + i, 4 * k + j, 1));
            pairs.Add((4 * k + 3, (4 * k + 4) % 16, 1));
        }
        var g = WeightedGraph.From(16, pairs);
        var expected = Enumerable.Range(0, 16).Select(i => i / 4).ToArray();
        foreach (var seed in new[] { 1, 2, 3, 42 })
        {
            var once = Communities.Partition(g, new Random(seed), Communities.DefaultRestarts, 1.0);
            Assert.Equal(once, Communities.Partition(g, new Random(seed), Communities.DefaultRestarts, 1.0));
            Assert.Equal(expected, once);
        }
    }

    [Fact]
    public void A_higher_resolution_splits_a_loose_group()
    {
        // A path of four: at γ = 1 two pairs; at a very low γ one group.
        var g = WeightedGraph.From(4, [(0, 1, 1), (1, 2, 1), (2, 3, 1)]);
        Assert.Equal([0, 0, 1, 1], Communities.Partition(g, new Random(1), 4, 1.0));
        Assert.Equal([0, 0, 0, 0], Communities.Partition(g, new Random(1), 4, 0.1));
    }
}
