using Entente.Analysis.Network;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Web.Views;

/// <summary>An actor's neighbourhood as the explorer draws it: one edge per pair of actors.</summary>
public sealed record GraphView(EntityRef Center, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public sealed record GraphNode(string Id, string Name, EntityKind Kind, int Distance, int Degree);

/// <summary>
/// The relations between two actors taken together. <c>Corroboration</c> is the most independent sources
/// any one of them has; <c>Certainty</c> the strongest certainty; <c>Sphere</c> that of the relation with most claims;
/// <c>Contested</c> whether any of them is (a denial or a disagreement among its claims; see /api/conflicts).
/// </summary>
public sealed record GraphEdge(
    string Id, string Source, string Target, int Claims, int Corroboration, Certainty Certainty, Sphere Sphere,
    int Confidence, string Admiralty, IReadOnlyList<EdgeRelation> Relations, bool Contested);

public sealed record EdgeRelation(string Type, bool Symmetric, string Subject, string Object, int Claims, int IndependentSources, string Admiralty, int Confidence, bool Contested);

public static class GraphViews
{
    public static string EdgeId(string a, string b) =>
        string.CompareOrdinal(a.ToLowerInvariant(), b.ToLowerInvariant()) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    /// <summary>Maps the analysis ego network onto nodes and per-pair edges.</summary>
    public static GraphView FromEgo(EgoReport ego)
    {
        var nodes = ego.Nodes.Select(n => new GraphNode(n.Actor.Id, n.Actor.Name, n.Actor.Kind, n.Distance, n.Degree)).ToList();
        var edges = ego.Relations
            .GroupBy(r => EdgeId(r.Subject.Id, r.Object.Id))
            .Select(g => Edge(g.Key, g.ToList()))
            .OrderByDescending(e => e.Confidence).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphView(ego.Center, nodes, edges);
    }

    private static GraphEdge Edge(string id, List<Relation> relations)
    {
        var best = relations.OrderByDescending(r => r.Confidence).ThenBy(r => r.Key, StringComparer.Ordinal).First();
        var ends = id.Split('|');
        return new GraphEdge(
            id, ends[0], ends[1],
            relations.Sum(r => r.Claims),
            relations.Max(r => r.IndependentSources),
            relations.Min(r => r.StrongestCertainty),
            relations.GroupBy(r => r.Sphere).OrderByDescending(g => g.Sum(r => r.Claims)).ThenBy(g => g.Key).First().Key,
            best.Confidence,
            best.Admiralty,
            relations.Select(r => new EdgeRelation(r.Type, r.Symmetric, r.Subject.Id, r.Object.Id, r.Claims, r.IndependentSources, r.Admiralty, r.Confidence, r.Contested)).ToList(),
            relations.Any(r => r.Contested));
    }
}
