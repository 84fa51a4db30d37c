using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Web.Views;

/// <summary>An actor's neighbourhood: the actors its claims link it to, one edge per pair.</summary>
public sealed record GraphView(string Center, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public sealed record GraphNode(string Id, string Name, EntityKind Kind, int Claims);

/// <summary>
/// All claims between two actors. <c>Corroboration</c> counts independent sources; <c>Certainty</c> is the
/// strongest one any claim holds; <c>Sphere</c> the sphere most of its claims are in.
/// </summary>
public sealed record GraphEdge(
    string Id, string Source, string Target, int Claims, int Corroboration, Certainty Certainty, Sphere Sphere,
    IReadOnlyList<RelationCount> Relations, int? FirstYear, int? LastYear);

public sealed record RelationCount(string Relation, int Claims);

public static class GraphViews
{
    public const int MaxNeighbours = 80;

    /// <summary>Pairs (subject, object) of actors, rolled up when asked; claims on places and materiel carry no edge.</summary>
    public static IEnumerable<(EntityRef A, EntityRef B, Claim Claim)> Pairs(IEnumerable<Claim> claims, EntityDirectory dir, bool rollUp)
    {
        foreach (var c in claims)
        {
            if (c.Object is not { } o || !o.Kind.IsActor()) continue;
            var a = rollUp ? dir.RollUp(c.Subject) : c.Subject;
            var b = rollUp ? dir.RollUp(o) : o;
            if (a.Id != b.Id) yield return (a, b, c);
        }
    }

    public static string EdgeId(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    public static GraphView Build(string center, IEnumerable<Claim> claims, EntityDirectory dir, bool rollUp)
    {
        var pairs = Pairs(claims, dir, rollUp).Where(p => p.A.Id == center || p.B.Id == center).ToList();
        var edges = pairs
            .GroupBy(p => EdgeId(p.A.Id, p.B.Id))
            .Select(g => Edge(g.Key, g.First().A.Id, g.First().B.Id, g.Select(p => p.Claim).ToList()))
            .OrderByDescending(e => e.Corroboration).ThenByDescending(e => e.Claims).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxNeighbours)
            .ToList();

        var refs = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        foreach (var (a, b, _) in pairs) { refs.TryAdd(a.Id, a); refs.TryAdd(b.Id, b); }
        if (!refs.ContainsKey(center) && dir.Get(center) is { } c) refs[center] = EntityRef.Of(c);
        var counts = edges.SelectMany(e => new[] { (e.Source, e.Claims), (e.Target, e.Claims) })
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Sum(x => x.Item2));
        var nodes = refs.Values
            .Where(r => r.Id == center || counts.ContainsKey(r.Id))
            .Select(r => new GraphNode(r.Id, r.Name, r.Kind, r.Id == center ? pairs.Count : counts.GetValueOrDefault(r.Id)))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphView(center, nodes, edges);
    }

    private static GraphEdge Edge(string id, string source, string target, List<Claim> claims)
    {
        var years = claims.Where(c => c.Time is not null).SelectMany(c => new[] { c.Time!.From.Year, c.Time.To.Year }).ToList();
        return new GraphEdge(
            id, source, target, claims.Count,
            claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count(),
            claims.Min(c => c.Certainty),
            claims.GroupBy(c => c.Type.Sphere).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key,
            claims.GroupBy(c => c.Relation).Select(g => new RelationCount(g.Key, g.Count()))
                .OrderByDescending(r => r.Claims).ThenBy(r => r.Relation, StringComparer.Ordinal).ToList(),
            years.Count > 0 ? years.Min() : null,
            years.Count > 0 ? years.Max() : null);
    }
}
