using Entente.Analysis.Graph;
using Entente.Analysis.Network;

namespace Entente.Analysis.Tests;

public sealed class NetworkTests
{
    // A chain Russia – Iran – Syria – Venezuela – Myanmar.
    private static World Chain()
    {
        var w = new World().Source("s");
        w.Claim("rus", "support", "irn", "s", "Russia backs Iran");
        w.Claim("irn", "support", "syr", "s", "Iran backs Syria");
        w.Claim("syr", "support", "ven", "s", "Syria backs Venezuela");
        w.Claim("ven", "support", "mmr", "s", "Venezuela backs Myanmar");
        return w;
    }

    [Fact]
    public void Betweenness_on_a_five_node_chain_counts_the_pairs_each_inner_node_separates()
    {
        var scores = Chain().Snapshot().Centrality().ToDictionary(s => s.Actor.Id);
        Assert.Equal(0, scores["rus"].Betweenness);
        Assert.Equal(3, scores["irn"].Betweenness); // rus to syr, ven, mmr
        Assert.Equal(4, scores["syr"].Betweenness); // {rus, irn} × {ven, mmr}
        Assert.Equal(3, scores["ven"].Betweenness);
        Assert.Equal(0.666667, scores["syr"].BetweennessNormalized); // 4 of 6 pairs
        Assert.Equal(2, scores["irn"].Degree);
    }

    [Fact]
    public void PageRank_of_a_pair_fed_by_three_sources_matches_the_closed_form()
    {
        var w = new World().Source("s");
        w.Claim("rus", "support", "irn", "s", "a");
        w.Claim("irn", "support", "rus", "s", "b");
        w.Claim("syr", "support", "rus", "s", "c");
        w.Claim("ven", "support", "rus", "s", "d");
        w.Claim("mmr", "support", "rus", "s", "e");
        var pr = w.Snapshot().Centrality().ToDictionary(s => s.Actor.Id, s => s.PageRank);
        // Sources get (1 − 0.85)/5 = 0.03. R = 0.03 + 0.85 (I + 0.09), I = 0.03 + 0.85 R ⇒ R = 0.132 / 0.2775.
        Assert.Equal(0.03, pr["syr"], 6);
        Assert.Equal(0.132 / 0.2775, pr["rus"], 5);
        Assert.Equal(0.03 + 0.85 * 0.132 / 0.2775, pr["irn"], 5);
    }

    [Fact]
    public void The_ego_network_to_depth_two_holds_the_actors_two_hops_away_and_their_relations()
    {
        var ego = Chain().Snapshot().Ego("rus", 2);
        Assert.Equal(["rus 0", "irn 1", "syr 2"], ego.Nodes.Select(n => $"{n.Actor.Id} {n.Distance}"));
        Assert.Equal(["irn|support|syr", "rus|support|irn"], ego.Relations.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paths_come_shortest_first_with_the_evidence_of_each_hop()
    {
        var w = Chain();
        w.Claim("rus", "arms-transfer", "syr", "s", "Russia arms Syria directly");
        var paths = w.Snapshot().Paths("rus", "ven", 3);
        Assert.Equal(["rus syr ven", "rus irn syr ven"], paths.Select(p => string.Join(' ', p.Actors.Select(a => a.Id))));
        Assert.Equal(["Russia arms Syria directly", "Syria backs Venezuela"], paths[0].Hops.Select(h => h.Relations[0].TopEvidence.Text));
        Assert.Empty(w.Snapshot().Paths("rus", "mmr", 2));
    }

    [Fact]
    public void Shared_clients_are_actors_both_patrons_back_or_that_call_both_patron()
    {
        var w = new World().Source("s");
        w.Claim("rus", "arms-transfer", "ven", "s", "Russia arms Venezuela");
        w.Claim("irn", "regime-support", "ven", "s", "Iran props up Maduro");
        w.Claim("mmr", "client-of", "rus", "s", "Myanmar is a client of Russia");
        w.Claim("mmr", "client-of", "irn", "s", "and of Iran");
        w.Claim("rus", "arms-transfer", "syr", "s", "Russia arms Syria");
        var shared = w.Snapshot().SharedClients("rus", "irn");
        Assert.Equal(["mmr", "ven"], shared.Select(s => s.Client.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(40, 0.5)]
    [InlineData(150, 0.08)]
    [InlineData(300, 0.01)]
    [InlineData(70, 0.03)]
    public void Betweenness_on_rows_of_bits_equals_betweenness_on_neighbour_lists(int actors, double density)
    {
        // Random networks from dense to scattered (several components, lone pairs), with more than 64 actors so rows span words.
        var random = new Random(actors);
        var edges = new List<ActorEdge>();
        for (var a = 0; a < actors; a++)
            for (var b = a + 1; b < actors; b++)
                if (random.NextDouble() < density) edges.Add(new ActorEdge("a" + a, "a" + b, random.Next(2) == 0));
        var net = ActorNetwork.FromEdges(edges);

        var (rows, lists) = (Centrality.BetweennessOnBitRows(net), Centrality.BetweennessOnLists(net));

        Assert.Contains(lists, b => b > 1);
        for (var i = 0; i < net.Count; i++) Assert.Equal(lists[i], rows[i], 1e-9 * Math.Max(1, lists[i]));
    }
}
