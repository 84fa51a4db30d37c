using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;

namespace Entente.Analysis.Network;

/// <summary>One hop of a path with the relations that make it, strongest first, each with its evidence.</summary>
public sealed record PathHop(EntityRef From, EntityRef To, IReadOnlyList<Relation> Relations);

public sealed record ActorPath(int Length, IReadOnlyList<EntityRef> Actors, IReadOnlyList<PathHop> Hops);

/// <summary>
/// Simple paths between two actors up to a length, shortest first, over the undirected actor graph.
/// Depth-first search pruned by the distance to the target, so it only walks paths that can still arrive.
/// </summary>
public static class PathFinder
{
    public static IReadOnlyList<ActorPath> Find(ClaimGraph g, string a, string b, int maxLength, AnalysisFilter filter, int maxPaths = 10)
    {
        var net = ActorNetwork.Build(g, g.All(filter));
        return Find(g, net, a, b, maxLength, filter, maxPaths);
    }

    public static IReadOnlyList<ActorPath> Find(ClaimGraph g, ActorNetwork net, string a, string b, int maxLength, AnalysisFilter filter, int maxPaths = 10) =>
        Describe(g, net, Routes(net, g.Counted(a, filter.Rollup), g.Counted(b, filter.Rollup), maxLength, maxPaths), filter);

    /// <summary>The paths as node numbers, shortest first, between two counted actors (their sponsors when rolling up).</summary>
    public static IReadOnlyList<int[]> Routes(ActorNetwork net, string ca, string cb, int maxLength, int maxPaths)
    {
        if (net.IndexOf(ca) is not { } s || net.IndexOf(cb) is not { } t || s == t) return [];
        var toTarget = net.Distances(t, maxLength);
        var found = new List<int[]>();
        for (var length = 1; length <= maxLength && found.Count < maxPaths; length++)
        {
            var stack = new List<int> { s };
            Walk(net, stack, t, length, toTarget, found, maxPaths);
        }
        return found;
    }

    /// <summary>The routes with each hop's affirmed relations, from a graph that holds at least the claims between each hop's actors.</summary>
    public static IReadOnlyList<ActorPath> Describe(ClaimGraph g, ActorNetwork net, IReadOnlyList<int[]> routes, AnalysisFilter filter)
    {
        // Paths share hops (often the first, out of a hub): rate each hop's relations once.
        var hops = new Dictionary<(int, int), IReadOnlyList<Relation>>();
        return routes.Select(p => Describe(g, net, p, filter, hops)).ToList();
    }

    private static void Walk(ActorNetwork net, List<int> path, int target, int length, int[] toTarget, List<int[]> found, int maxPaths)
    {
        var v = path[^1];
        var left = length - (path.Count - 1);
        if (left == 0)
        {
            if (v == target) found.Add(path.ToArray());
            return;
        }
        foreach (var w in net.Neighbors[v])
        {
            if (found.Count >= maxPaths) return;
            if (toTarget[w] < 0 || toTarget[w] > left - 1 || (w == target && left > 1) || path.Contains(w)) continue;
            path.Add(w);
            Walk(net, path, target, length, toTarget, found, maxPaths);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static ActorPath Describe(ClaimGraph g, ActorNetwork net, int[] p, AnalysisFilter filter, Dictionary<(int, int), IReadOnlyList<Relation>> rated)
    {
        var hops = new List<PathHop>();
        for (var i = 0; i + 1 < p.Length; i++)
        {
            var (u, v) = (net.Ids[p[i]], net.Ids[p[i + 1]]);
            var key = (Math.Min(p[i], p[i + 1]), Math.Max(p[i], p[i + 1]));
            if (!rated.TryGetValue(key, out var relations))
                rated[key] = relations = RelationBuilder.Build(g.Between(u, v, filter), g).Where(r => r.Affirmed).ToList();
            hops.Add(new PathHop(g.Entities.Ref(u), g.Entities.Ref(v), relations));
        }
        return new ActorPath(p.Length - 1, p.Select(i => g.Entities.Ref(net.Ids[i])).ToList(), hops);
    }
}
