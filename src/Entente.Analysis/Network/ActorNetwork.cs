using Entente.Analysis.Graph;
using Entente.Core.Entities;

namespace Entente.Analysis.Network;

/// <summary>
/// The actor graph behind the network queries: one node per actor, an undirected edge wherever an
/// affirmative claim links two actors, and directed edges subject → object (both ways for symmetric
/// types) for PageRank. Places and materiel are not nodes.
/// </summary>
public sealed class ActorNetwork
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
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ids = new List<string>();
        var undirected = new List<HashSet<int>>();
        var directed = new List<HashSet<int>>();
        int Node(string id)
        {
            if (index.TryGetValue(id, out var i)) return i;
            index[id] = i = ids.Count;
            ids.Add(id);
            undirected.Add([]);
            directed.Add([]);
            return i;
        }
        foreach (var a in claims)
        {
            if (a.Object is null || !AnalysisFilter.IsAffirmative(a.Claim.Certainty)) continue;
            if (!g.Entities.Kind(a.Subject).IsActor() || !g.Entities.Kind(a.Object).IsActor()) continue;
            var (s, o) = (Node(a.Subject), Node(a.Object));
            if (s == o) continue;
            undirected[s].Add(o);
            undirected[o].Add(s);
            directed[s].Add(o);
            if (a.Claim.Type.Symmetric) directed[o].Add(s);
        }
        return new ActorNetwork(ids.ToArray(), index,
            undirected.Select(h => h.Order().ToArray()).ToArray(),
            directed.Select(h => h.Order().ToArray()).ToArray());
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
