namespace Entente.Analysis.Network;

/// <summary>
/// An undirected graph with positive edge weights, as modularity needs it: each node's neighbours with the
/// weight of the tie, and each node's weighted degree. Self-loops are not stored; a node's degree may exceed the
/// sum of its listed ties when it stands for a group whose inner ties were folded into it.
/// </summary>
public sealed class WeightedGraph
{
    public WeightedGraph(IReadOnlyList<(int To, double Weight)>[] ties, double[] degree)
    {
        Ties = ties;
        Degree = degree;
        TotalDegree = degree.Sum();
    }

    public IReadOnlyList<(int To, double Weight)>[] Ties { get; }

    public double[] Degree { get; }

    /// <summary>Twice the total edge weight (2m in the modularity formula).</summary>
    public double TotalDegree { get; }

    public int Count => Ties.Length;

    /// <summary>A graph of n nodes from weighted pairs; repeated pairs add up, self-pairs and non-positive weights are dropped.</summary>
    public static WeightedGraph From(int n, IEnumerable<(int A, int B, double Weight)> pairs)
    {
        var sums = new Dictionary<(int, int), double>();
        foreach (var (a, b, w) in pairs)
        {
            if (a == b || !(w > 0)) continue;
            var key = a < b ? (a, b) : (b, a);
            sums[key] = sums.GetValueOrDefault(key) + w;
        }
        var ties = Enumerable.Range(0, n).Select(_ => new List<(int, double)>()).ToArray();
        var degree = new double[n];
        // Sorted keys so the neighbour lists, and so every visit order built on them, do not depend on hashing.
        foreach (var ((a, b), w) in sums.OrderBy(kv => kv.Key))
        {
            ties[a].Add((b, w));
            ties[b].Add((a, w));
            degree[a] += w;
            degree[b] += w;
        }
        return new WeightedGraph(ties.Select(IReadOnlyList<(int, double)> (t) => t).ToArray(), degree);
    }

    /// <summary>Newman's modularity of a partition (community index per node) with resolution γ.</summary>
    public double Modularity(int[] community, double resolution = 1.0)
    {
        if (TotalDegree <= 0) return 0;
        var inner = new Dictionary<int, double>();
        var total = new Dictionary<int, double>();
        for (var i = 0; i < Count; i++)
        {
            total[community[i]] = total.GetValueOrDefault(community[i]) + Degree[i];
            foreach (var (j, w) in Ties[i])
                if (community[j] == community[i]) inner[community[i]] = inner.GetValueOrDefault(community[i]) + w;
        }
        return total.Keys.Sum(c => inner.GetValueOrDefault(c) / TotalDegree - resolution * Math.Pow(total[c] / TotalDegree, 2));
    }
}
