using Entente.Analysis.Graph;
using Entente.Core.Entities;

namespace Entente.Analysis.Network;

/// <summary>An affirmative link between two actors (after any roll-up); a symmetric one goes both ways for PageRank.</summary>
public readonly record struct ActorEdge(string Subject, string Object, bool Symmetric);

/// <summary>
/// The actor graph behind the network queries: one node per actor, an undirected edge wherever an
/// affirmative claim links two actors, and directed edges subject → object (both ways for symmetric
/// types) for PageRank. Places and materiel are not nodes.
/// </summary>
public sealed partial class ActorNetwork
{
    private readonly Dictionary<string, int> _index;

    private ActorNetwork(string[] ids, Dictionary<string, int> index, int[][] neighbors, int[][] outEdges)
    {
        Ids = ids;
        _index = index;
        Neighbors = neighbors;
        Out = outEdges;
    }

    public IReadOnlyList<string> Ids { get; }

    /// <summary>Undirected, distinct neighbours of each node, in ascending node order.</summary>
    public int[][] Neighbors { get; }

    /// <summary>Directed, distinct successors of each node.</summary>
    public int[][] Out { get; }

    public int Count => Ids.Count;

    public int? IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : null;

    public static ActorNetwork Build(ClaimGraph g, IEnumerable<ActedClaim> claims)
    {
        var edges = new List<ActorEdge>();
        foreach (var a in claims)
        {
            if (a.Object is null || !AnalysisFilter.IsAffirmative(a.Claim.Certainty)) continue;
            if (!g.Entities.Kind(a.Subject).IsActor() || !g.Entities.Kind(a.Object).IsActor()) continue;
            edges.Add(new ActorEdge(a.Subject, a.Object, a.Claim.Type.Symmetric));
        }
        return FromEdges(edges);
    }

    /// <summary>
    /// The network of these edges (self-loops left out). Nodes are numbered in id order, not in the order claims
    /// arrive, so a network read from the store's claim pairs and one built from the claims are the same, node for
    /// node, and paths of equal length come out in the same order.
    /// </summary>
    public static ActorNetwork FromEdges(IReadOnlyCollection<ActorEdge> edges)
    {
        var builder = new Builder(edges.Count);
        foreach (var e in edges) builder.Add(builder.Node(e.Subject), builder.Node(e.Object), e.Symmetric);
        return builder.Build();
    }

    /// <summary>Each node's distinct successors, ascending, from links numbered from × n + to.</summary>
    private static int[][] Adjacency(List<long> links, int n)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(links);
        span.Sort();
        var counts = new int[n];
        for (var i = 0; i < span.Length; i++)
            if (i == 0 || span[i] != span[i - 1]) counts[span[i] / n]++;
        var result = new int[n][];
        for (var v = 0; v < n; v++) result[v] = new int[counts[v]];
        Array.Clear(counts);
        for (var i = 0; i < span.Length; i++)
            if (i == 0 || span[i] != span[i - 1])
            {
                var from = (int)(span[i] / n);
                result[from][counts[from]++] = (int)(span[i] % n);
            }
        return result;
    }

    /// <summary>Hop distances from a node over undirected edges, up to a depth (-1 beyond it).</summary>
    public int[] Distances(int from, int maxDepth)
    {
        var dist = new int[Count];
        Array.Fill(dist, -1);
        dist[from] = 0;
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (dist[v] == maxDepth) continue;
            foreach (var w in Neighbors[v])
                if (dist[w] < 0)
                {
                    dist[w] = dist[v] + 1;
                    queue.Enqueue(w);
                }
        }
        return dist;
    }
}
