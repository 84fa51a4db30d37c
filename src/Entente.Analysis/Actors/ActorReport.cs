using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Analysis.Relations;
using Entente.Analysis.Timeline;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Actors;

/// <summary>A source that names the actor in at least one claim, with how many.</summary>
public sealed record SourceMention(string SourceId, string Title, string? Publisher, DateOnly? Published, Reliability Reliability, int Claims);

/// <summary>The actor's relations in one sphere, strongest first.</summary>
public sealed record SphereRelations(Sphere Sphere, IReadOnlyList<Relation> Relations);

/// <summary>
/// What the knowledge base knows about one actor: its reference entry (null when only claims name it), its
/// relations by sphere, its timeline, the theaters where it is present or acts, the sources that name it, and the
/// open conflicts among its claims (a denial beside what it denies, sources that disagree).
/// </summary>
public sealed record ActorReport(
    EntityRef Actor,
    Entity? Entry,
    int Claims,
    IReadOnlyList<SphereRelations> Spheres,
    IReadOnlyList<EntityRef> Theaters,
    TimelineReport Timeline,
    IReadOnlyList<SourceMention> Sources,
    IReadOnlyList<Conflicts.Conflict> Conflicts)
{
    public static ActorReport Build(GraphSnapshot snapshot, string actor)
    {
        var g = snapshot.Graph;
        var touching = g.Touching(actor, AnalysisFilter.None).ToList();
        var spheres = RelationBuilder.Build(touching, g).GroupBy(r => r.Sphere).OrderBy(s => s.Key)
            .Select(s => new SphereRelations(s.Key, s.ToList())).ToList();
        var theaters = ActorFacts.Gather(g, actor, touching).Theaters.Select(g.Entities.Ref).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var sources = touching.GroupBy(x => x.Claim.SourceId, StringComparer.Ordinal)
            .Select(s => (Source: g.Source(s.Key), Id: s.Key, Count: s.Count()))
            .Select(s => new SourceMention(s.Id, s.Source?.Title ?? s.Id, s.Source?.Publisher, s.Source?.Published, s.Source?.Reliability ?? Reliability.F, s.Count))
            .OrderByDescending(s => s.Claims).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
        return new ActorReport(g.Entities.Ref(actor), g.Entities.Get(actor), touching.Count, spheres, theaters,
            snapshot.Timeline(actor), sources, snapshot.Conflicts(AnalysisFilter.None, actor));
    }
}
