using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;

namespace Entente.Analysis.Network;

public sealed record EgoNode(EntityRef Actor, int Distance, int Degree);

public sealed record EgoReport(EntityRef Center, int Depth, IReadOnlyList<EgoNode> Nodes, IReadOnlyList<Relation> Relations);

/// <summary>The actors within k hops of one actor and the relations among them.</summary>
public static class EgoNetwork
{
    public static EgoReport Around(ClaimGraph g, string actor, int depth, AnalysisFilter filter) =>
        Around(g, ActorNetwork.Build(g, g.All(filter)), actor, depth, filter);

    public static EgoReport Around(ClaimGraph g, ActorNetwork net, string actor, int depth, AnalysisFilter filter)
    {
        var center = g.Counted(actor, filter.Rollup);
        if (net.IndexOf(center) is not { } c) return new EgoReport(g.Entities.Ref(center), depth, [new EgoNode(g.Entities.Ref(center), 0, 0)], []);
        var dist = net.Distances(c, depth);
        var inside = new HashSet<string>(Enumerable.Range(0, net.Count).Where(i => dist[i] >= 0).Select(i => net.Ids[i]), StringComparer.OrdinalIgnoreCase);
        var nodes = Enumerable.Range(0, net.Count).Where(i => dist[i] >= 0)
            .Select(i => new EgoNode(g.Entities.Ref(net.Ids[i]), dist[i], net.Neighbors[i].Length))
            .OrderBy(x => x.Distance).ThenByDescending(x => x.Degree).ThenBy(x => x.Actor.Name, StringComparer.Ordinal).ToList();
        // Relations among the ego's actors: the claims of inner actors suffice, since every edge has an end short of the rim.
        var claims = inside.Where(id => dist[net.IndexOf(id)!.Value] < depth)
            .SelectMany(id => g.Touching(id, filter))
            .Where(x => x.Object is not null && inside.Contains(x.Subject) && inside.Contains(x.Object))
            .DistinctBy(x => x.Claim.Id);
        var relations = RelationBuilder.Build(claims, g).Where(r => r.Affirmed).ToList();
        return new EgoReport(g.Entities.Ref(center), depth, nodes, relations);
    }
}
