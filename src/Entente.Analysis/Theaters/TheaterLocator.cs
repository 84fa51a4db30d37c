using Entente.Analysis.Graph;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Analysis.Theaters;

/// <summary>
/// Where a claim happens, as a country, and who is there. With a place: the place's country (Crimea →
/// Ukraine), and both parties are there. Presence and occupation: the object is the place, the subject
/// is there. Otherwise: the country of an actor object (arms for Venezuela happen in Venezuela), and the
/// subject acts there. A symmetric claim without a place has no theater.
/// </summary>
public sealed class TheaterLocator
{
    private readonly ClaimGraph? _graph;
    private readonly EntityDirectory _entities;

    public TheaterLocator(ClaimGraph graph) => (_graph, _entities) = (graph, graph.Entities);

    /// <summary>A locator for claims outside any graph (outlines read from a store), by the entities of this directory.</summary>
    public TheaterLocator(EntityDirectory entities) => _entities = entities;

    public readonly record struct Located(string Theater, bool SubjectThere, bool ObjectThere);

    /// <summary>Where an acted claim happens: read from the graph's sites when the claim carries its index.</summary>
    public Located? Locate(ActedClaim a) =>
        a.Index >= 0 && _graph is not null ? _graph.Sites[a.Index].At : Locate(a.Claim.Relation, a.Claim.Place?.Id, a.Claim.Object?.Id);

    /// <summary>Where a claim with this relation, place and (not rolled-up) object happens.</summary>
    public Located? Locate(string relation, string? placeId, string? objectId)
    {
        if (placeId is not null)
            return _entities.CountryOf(placeId) is { } country ? new Located(country, true, objectId is not null) : null;
        // "Russia and Iran signed a deal" says nothing about where; only a place locates a symmetric claim.
        var known = RelationTypes.TryGet(relation, out var t);
        if (objectId is null || (known && t.Symmetric)) return null;
        if (known && t.ObjectIsPlace)
            return _entities.CountryOf(objectId) is { } where ? new Located(where, true, false) : null;
        var kind = _entities.Kind(objectId);
        if (kind is EntityKind.Materiel or EntityKind.Organization) return null;
        return _entities.CountryOf(objectId) is { } home ? new Located(home, true, false) : null;
    }

    /// <summary>
    /// The theater of a fact the store keeps (<see cref="Storage.ActorFact"/>), by the branches of <see cref="Locate(string, string?, string?)"/>
    /// the store chose when it wrote the fact: a place's country, a place object's country, or an actor object's home.
    /// </summary>
    public string? TheaterOf(Storage.ActorFactKind kind, string id) => kind switch
    {
        Storage.ActorFactKind.Place or Storage.ActorFactKind.ObjectPlace => _entities.CountryOf(id),
        Storage.ActorFactKind.ObjectHome => _entities.Kind(id) is EntityKind.Materiel or EntityKind.Organization ? null : _entities.CountryOf(id),
        _ => null,
    };

    /// <summary>The theaters of every actor in the view: actor id → theater → the claims that put it there.</summary>
    public Dictionary<string, Dictionary<string, List<ActedClaim>>> Footprints(IEnumerable<ActedClaim> claims)
    {
        var map = new Dictionary<string, Dictionary<string, List<ActedClaim>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in claims)
        {
            if (!AnalysisFilter.IsAffirmative(a.Claim.Certainty) || Locate(a) is not { } at) continue;
            if (at.SubjectThere) Put(map, a.Subject, at.Theater, a);
            if (at.ObjectThere && a.Object is not null) Put(map, a.Object, at.Theater, a);
        }
        return map;
    }

    private void Put(Dictionary<string, Dictionary<string, List<ActedClaim>>> map, string actor, string theater, ActedClaim a)
    {
        var kind = _entities.Kind(actor);
        if (!kind.IsActor()) return;
        if (!map.TryGetValue(actor, out var byTheater)) map[actor] = byTheater = new(StringComparer.OrdinalIgnoreCase);
        if (!byTheater.TryGetValue(theater, out var list)) byTheater[theater] = list = [];
        list.Add(a);
    }
}
