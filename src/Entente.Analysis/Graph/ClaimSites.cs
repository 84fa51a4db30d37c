using Entente.Analysis.Theaters;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Analysis.Graph;

/// <summary>
/// What each claim of a graph says about where and how its parties stand, worked out once when the graph is
/// built: the theater it happens in, and whether its relation backs a client, makes one, or presses the object.
/// A hub's facts read these per claim instead of hashing place, object and relation ids again for every query.
/// </summary>
public sealed class ClaimSites
{
    [Flags]
    public enum Roles : byte { None = 0, Backing = 1, ClientOf = 2, Pressure = 4 }

    public readonly record struct Site(TheaterLocator.Located? At, Roles Roles);

    private readonly Site[] _sites;

    public ClaimSites(ClaimGraph graph, IReadOnlyList<Claim> claims)
    {
        var locator = new TheaterLocator(graph);
        var roles = new Dictionary<string, Roles>(StringComparer.Ordinal);
        _sites = new Site[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (!roles.TryGetValue(c.Relation, out var r)) roles[c.Relation] = r = RolesOf(c.Relation);
            _sites[i] = new Site(locator.Locate(c.Relation, c.Place?.Id, c.Object?.Id), r);
        }
    }

    public Site this[int index] => _sites[index];

    /// <summary>The site of a claim the graph has not indexed (an outline, or a claim seen without its index).</summary>
    public static Site Of(TheaterLocator locator, string relation, string? placeId, string? objectId) =>
        new(locator.Locate(relation, placeId, objectId), RolesOf(relation));

    public static Roles RolesOf(string relation) =>
        (RelationTypes.InGroup(relation, RelationGroups.Backing) ? Roles.Backing : Roles.None)
        | (RelationTypes.InGroup(relation, RelationGroups.Client) ? Roles.ClientOf : Roles.None)
        | (RelationTypes.InGroup(relation, RelationGroups.Pressure) ? Roles.Pressure : Roles.None);
}
