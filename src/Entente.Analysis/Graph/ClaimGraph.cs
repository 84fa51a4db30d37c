using Entente.Analysis.Rollup;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;
using Entente.Knowledge;

namespace Entente.Analysis.Graph;

/// <summary>A claim as a query sees it: its subject and object after any roll-up, and its index in the graph (-1 when unknown).</summary>
public readonly record struct ActedClaim(Claim Claim, string Subject, string? Object, int Index = -1);

/// <summary>A claim outline as a query sees it: its subject and object after any roll-up.</summary>
public readonly record struct ActedOutline(ClaimOutline Claim, string Subject, string? Object);

/// <summary>
/// An immutable snapshot of the claim graph: the claims that survive analyst verdicts, their sources,
/// the entity directory, the roll-up map and an index of claims by actor. Safe to share between threads.
/// </summary>
public sealed class ClaimGraph
{
    private readonly Dictionary<string, int[]> _byActor;
    private readonly Dictionary<string, Source> _sources;
    private readonly Claim[] _claims;

    private ClaimGraph(IReadOnlyList<Claim> claims, IEnumerable<Source> sources, EntityDirectory entities, IReadOnlyCollection<ClaimOutline> links)
    {
        Claims = _claims = [.. claims];
        _sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Entities = entities;
        _links = links;
        var lists = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < claims.Count; i++)
        {
            Add(lists, claims[i].Subject.Id, i);
            if (claims[i].Object is { } o && !string.Equals(o.Id, claims[i].Subject.Id, StringComparison.OrdinalIgnoreCase)) Add(lists, o.Id, i);
        }
        _byActor = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private ClaimSites? _sites;
    private RollupMap? _rollup;
    private readonly IReadOnlyCollection<ClaimOutline> _links;

    /// <summary>
    /// Who rolls up into whom, from the part-of and proxy-of claims and links: worked out at the first question that rolls
    /// up, since a timeline or a listing of a hub's hundred thousand claims without roll-up never does.
    /// </summary>
    public RollupMap Rollup => LazyInitializer.EnsureInitialized(ref _rollup, () => RollupMap.Of(Entities, _claims.Select(ClaimOutline.Of), _links));

    /// <summary>
    /// Each claim's theater and relation roles, by index: worked out for every claim at the first question that asks, since
    /// a timeline or a listing of a hub's hundred thousand claims never does.
    /// </summary>
    public ClaimSites Sites => LazyInitializer.EnsureInitialized(ref _sites, () => new ClaimSites(this, _claims));

    private static void Add(Dictionary<string, List<int>> lists, string id, int i)
    {
        if (!lists.TryGetValue(id, out var l)) lists[id] = l = [];
        l.Add(i);
    }

    public IReadOnlyList<Claim> Claims { get; }
    public EntityDirectory Entities { get; }
    public IReadOnlyCollection<Source> Sources => _sources.Values;

    public Source? Source(string id) => _sources.GetValueOrDefault(id);

    /// <summary>
    /// Builds a snapshot from claims, the verdicts on them, their sources and the entities they name.
    /// <paramref name="links"/> adds part-of and proxy-of outlines (verdicts applied) from beyond the claims,
    /// so a snapshot of a few actors rolls everyone up as the whole graph would.
    /// </summary>
    /// <param name="includeRejected">Keep rejected claims, marked (<see cref="VerdictMark"/>), for views asked to show them.</param>
    public static ClaimGraph Build(IEnumerable<Claim> claims, IEnumerable<Verdict> verdicts, IEnumerable<Source> sources,
        KnowledgeBase kb, IEnumerable<Entity>? storedEntities = null, IReadOnlyCollection<ClaimOutline>? links = null, bool includeRejected = false)
    {
        var effective = EffectiveClaims.Apply(claims, verdicts, includeRejected).ToList();
        return new ClaimGraph(effective, sources, new EntityDirectory(kb, storedEntities ?? [], effective), links ?? []);
    }

    /// <summary>The id a query counts an actor as.</summary>
    public string Counted(string id, bool rollup) => rollup ? Rollup.SponsorOf(id) : id;

    public ActedClaim Act(Claim c, bool rollup)
    {
        var (subject, obj) = Acting(c.Subject.Id, c.Object?.Id, rollup);
        return new(c, subject, obj);
    }

    public ActedOutline Act(in ClaimOutline c, bool rollup)
    {
        var (subject, obj) = Acting(c.SubjectId, c.ObjectId, rollup);
        return new(c, subject, obj);
    }

    /// <summary>Who a claim's subject and object count as: their sponsors when rolling up.</summary>
    private (string Subject, string? Object) Acting(string subject, string? obj, bool rollup) =>
        rollup ? (Rollup.SponsorOf(subject), obj is null ? null : Rollup.SponsorOf(obj)) : (subject, obj);

    /// <summary>Every claim matching the filter, seen through its roll-up.</summary>
    public IEnumerable<ActedClaim> All(AnalysisFilter filter)
    {
        for (var i = 0; i < _claims.Length; i++)
            if (filter.Matches(_claims[i])) yield return Act(_claims[i], filter.Rollup) with { Index = i };
    }

    /// <summary>Claims matching the filter whose subject or object counts as the actor (with its members when rolling up).</summary>
    public IEnumerable<ActedClaim> Touching(string actor, AnalysisFilter filter) =>
        filter.Rollup ? TouchingRolledUp(actor, filter) : At(ClaimIndex.Of(_byActor, actor), filter);

    private IEnumerable<ActedClaim> At(int[] indexes, AnalysisFilter filter)
    {
        // A hub touches hundreds of thousands of claims: read them from the array, and ask the filter only when it filters.
        var all = !filter.NarrowsClaims;
        foreach (var i in indexes)
        {
            var c = _claims[i];
            if (all || filter.Matches(c)) yield return new ActedClaim(c, c.Subject.Id, c.Object?.Id, i);
        }
    }

    private IEnumerable<ActedClaim> TouchingRolledUp(string actor, AnalysisFilter filter)
    {
        var ids = Rollup.MembersOf(Counted(actor, true));
        var seen = new HashSet<int>();
        foreach (var id in ids)
        {
            if (!_byActor.TryGetValue(id, out var idx)) continue;
            foreach (var i in idx)
                if (seen.Add(i) && filter.Matches(_claims[i])) yield return Act(_claims[i], true) with { Index = i };
        }
    }

    /// <summary>Claims between two actors, in either direction.</summary>
    public IEnumerable<ActedClaim> Between(string a, string b, AnalysisFilter filter)
    {
        var ca = Counted(a, filter.Rollup);
        var cb = Counted(b, filter.Rollup);
        // Without roll-up, only claims in both actors' indexes can be between them: intersecting two sorted
        // index arrays touches the pair's claims, not every claim of a hub.
        var candidates = filter.Rollup ? Touching(ca, filter) : At(ClaimIndex.Intersection(ClaimIndex.Of(_byActor, ca), ClaimIndex.Of(_byActor, cb)), filter);
        return candidates.Where(x =>
            (Same(x.Subject, ca) && Same(x.Object, cb)) || (Same(x.Subject, cb) && Same(x.Object, ca)));
    }

    public static bool Same(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
}
