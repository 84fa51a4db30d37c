namespace Entente.Analysis.Network;

/// <summary>
/// Modularity communities by the Louvain method (Blondel et al. 2008): move single nodes to the neighbouring
/// community that raises modularity most, in an order shuffled by the caller's Random, until no move helps; fold
/// each community into one node and repeat on the smaller graph until nothing moves. Louvain can leave a
/// community whose parts are joined only through nodes that later left it, so each community is finally split
/// into its connected pieces, which never lowers modularity (the guarantee Leiden's refinement gives).
/// </summary>
public static class Louvain
{
    // Gains smaller than this are rounding noise: a move must raise modularity by a real amount, or runs would
    // depend on the order floating-point sums were taken in.
    private const double Epsilon = 1e-12;

    /// <summary>The community index (0…k−1, numbered by first member) of each node.</summary>
    public static int[] Partition(WeightedGraph graph, Random random, double resolution = 1.0)
    {
        var membership = Enumerable.Range(0, graph.Count).ToArray();
        var level = graph;
        while (true)
        {
            var moved = MoveNodes(level, random, resolution, out var community);
            if (!moved) break;
            for (var i = 0; i < membership.Length; i++) membership[i] = community[membership[i]];
            level = Fold(level, community);
        }
        return Canonical(SplitDisconnected(graph, membership));
    }

    /// <summary>Local moving on one level; community indices come back renumbered 0…k−1. False when no node moved.</summary>
    private static bool MoveNodes(WeightedGraph g, Random random, double resolution, out int[] community)
    {
        var n = g.Count;
        community = Enumerable.Range(0, n).ToArray();
        var total = (double[])g.Degree.Clone();
        var order = Enumerable.Range(0, n).ToArray();
        var toCommunity = new double[n];
        var touched = new List<int>();
        var anyMove = false;
        var m2 = g.TotalDegree;
        if (m2 <= 0) return false;
        bool pass;
        do
        {
            pass = false;
            random.Shuffle(order);
            foreach (var v in order)
            {
                var own = community[v];
                foreach (var (w, weight) in g.Ties[v])
                {
                    var c = community[w];
                    if (toCommunity[c] == 0) touched.Add(c);
                    toCommunity[c] += weight;
                }
                total[own] -= g.Degree[v];
                // Gain of joining c, up to a factor common to every c: ties into c less the expected share.
                double Gain(int c) => toCommunity[c] - resolution * total[c] * g.Degree[v] / m2;
                var best = own;
                var bestGain = Gain(own);
                foreach (var c in touched)
                {
                    var gain = Gain(c);
                    if (gain > bestGain + Epsilon || (Math.Abs(gain - bestGain) <= Epsilon && c != own && best != own && c < best))
                        (best, bestGain) = (c, gain);
                }
                total[best] += g.Degree[v];
                if (best != own)
                {
                    community[v] = best;
                    pass = anyMove = true;
                }
                foreach (var c in touched) toCommunity[c] = 0;
                touched.Clear();
            }
        } while (pass);
        community = Canonical(community);
        return anyMove;
    }

    /// <summary>The graph with one node per community; ties between communities add up, ties inside stay in the degree.</summary>
    private static WeightedGraph Fold(WeightedGraph g, int[] community)
    {
        var k = community.Max() + 1;
        var degree = new double[k];
        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < g.Count; i++)
        {
            degree[community[i]] += g.Degree[i];
            foreach (var (j, w) in g.Ties[i])
                if (i < j) pairs.Add((community[i], community[j], w));
        }
        var folded = WeightedGraph.From(k, pairs);
        return new WeightedGraph(folded.Ties, degree);
    }

    private static int[] SplitDisconnected(WeightedGraph g, int[] community)
    {
        var piece = new int[g.Count];
        Array.Fill(piece, -1);
        var next = 0;
        for (var start = 0; start < g.Count; start++)
        {
            if (piece[start] >= 0) continue;
            piece[start] = next;
            var stack = new Stack<int>([start]);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                foreach (var (w, _) in g.Ties[v])
                    if (piece[w] < 0 && community[w] == community[start])
                    {
                        piece[w] = next;
                        stack.Push(w);
                    }
            }
            next++;
        }
        return piece;
    }

    /// <summary>Communities renumbered in the order of their first node, so equal partitions are equal arrays.</summary>
    public static int[] Canonical(int[] community)
    {
        var map = new Dictionary<int, int>();
        return community.Select(c => map.TryGetValue(c, out var x) ? x : map[c] = map.Count).ToArray();
    }
}
