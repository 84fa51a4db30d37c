using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Analysis.Rollup;

/// <summary>One link of a roll-up chain: Hezbollah —proxy-of→ IRGC, from the knowledge base or a claim.</summary>
public sealed record RollupStep(EntityRef From, string Link, EntityRef To, string Basis);

/// <summary>How an actor rolls up to its sponsor; an empty chain means the actor is its own sponsor.</summary>
public sealed record RollupChain(EntityRef Actor, EntityRef Sponsor, IReadOnlyList<RollupStep> Steps);

/// <summary>
/// Maps organs and proxies to their ultimate sponsor by following part-of and proxy-of links, from the
/// knowledge base first and then from affirmative claims (the parent named by most claims wins).
/// A state is always final; cycles stop where they close.
/// </summary>
public sealed class RollupMap
{
    private readonly Dictionary<string, (string Parent, string Link, string Basis)> _parent = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RollupChain> _chains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly EntityDirectory _entities;

    /// <summary>The map from the knowledge base and the outlines of claims (each claim once; verdicts applied).</summary>
    public RollupMap(EntityDirectory entities, IEnumerable<ClaimOutline> claims)
    {
        _entities = entities;
        var fromClaims = new Dictionary<string, Dictionary<(string, string), (int Count, string ClaimId)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in claims)
        {
            if (c.ObjectId is null || !RelationTypes.InGroup(c.Relation, RelationGroups.RollsUp) || !AnalysisFilter.IsAffirmative(c.Certainty)) continue;
            if (!fromClaims.TryGetValue(c.SubjectId, out var parents)) fromClaims[c.SubjectId] = parents = [];
            var key = (c.ObjectId, c.Relation);
            parents[key] = parents.TryGetValue(key, out var n) ? (n.Count + 1, n.ClaimId) : (1, c.Id);
        }
        foreach (var (child, parents) in fromClaims)
        {
            var best = parents.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).First();
            _parent[child] = (best.Key.Item1, best.Key.Item2, "claim " + best.Value.ClaimId);
        }
        foreach (var e in entities.Knowledge.Entities)
        {
            var link = e.Links.FirstOrDefault(l => RelationTypes.InGroup(l.Type, RelationGroups.RollsUp));
            if (link is not null) _parent[e.Id] = (link.Target, link.Type, "knowledge base");
        }
        foreach (var id in _parent.Keys.ToList())
        {
            var chain = _chains[id] = BuildChain(id);
            var sponsor = chain.Sponsor.Id;
            if (!_members.TryGetValue(sponsor, out var list)) _members[sponsor] = list = [sponsor];
            list.Add(id);
        }
    }

    /// <summary>
    /// The map of a graph's claims (each once, verdicts applied) and of <paramref name="links"/>, the part-of and proxy-of
    /// outlines from beyond them, which may repeat some of the claims: only then is each counted once by id.
    /// </summary>
    public static RollupMap Of(EntityDirectory entities, IEnumerable<ClaimOutline> claims, IReadOnlyCollection<ClaimOutline> links) =>
        new(entities, links.Count == 0 ? claims : claims.Concat(links).DistinctBy(o => o.Id, StringComparer.Ordinal));

    /// <summary>The sponsor an actor counts as when rolling up (itself when it has none).</summary>
    public string SponsorOf(string id) => _parent.ContainsKey(id) ? Chain(id).Sponsor.Id : id;

    /// <summary>The sponsor itself and every actor that rolls up to it.</summary>
    public IReadOnlyList<string> MembersOf(string sponsor) => _members.TryGetValue(sponsor, out var l) ? l : [sponsor];

    public RollupChain Chain(string id) =>
        _chains.TryGetValue(id, out var known) ? known : new RollupChain(_entities.Ref(id), _entities.Ref(id), []);

    private RollupChain BuildChain(string id)
    {
        var steps = new List<RollupStep>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
        var at = id;
        while (_entities.Kind(at) != EntityKind.State && _parent.TryGetValue(at, out var p) && seen.Add(p.Parent))
        {
            steps.Add(new RollupStep(_entities.Ref(at), p.Link, _entities.Ref(p.Parent), p.Basis));
            at = p.Parent;
        }
        return new RollupChain(_entities.Ref(id), _entities.Ref(at), steps);
    }
}
