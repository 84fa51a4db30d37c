using System.Runtime.CompilerServices;
using Entente.Analysis.Rollup;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>
/// What a snapshot of a few actors shares with the whole graph: the verdicts, sources and entities, and when
/// rolling up, every part-of and proxy-of link in the store (read as outlines), so members and sponsors are
/// the ones the whole graph would find.
/// </summary>
internal sealed class StoreWorld
{
    /// <summary>The link types that roll an actor up (part-of, proxy-of), as the ontology marks them.</summary>
    private static readonly IReadOnlyList<string> LinkTypes = RelationTypes.IdsIn(RelationGroups.RollsUp);

    private readonly IEntenteStore _store;
    private readonly KnowledgeBase _kb;
    private readonly IReadOnlyList<Verdict> _verdicts;
    private readonly Dictionary<string, Verdict> _latest;
    private readonly IReadOnlyList<Source> _sources;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly List<ClaimOutline> _links;
    private readonly RollupMap? _rollup;
    private readonly bool _includeRejected;

    private StoreWorld(IEntenteStore store, KnowledgeBase kb, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Source> sources,
        IReadOnlyList<Entity> entities, List<ClaimOutline> links, bool rollup, bool includeRejected)
    {
        (_store, _kb, _verdicts, _sources, _entities, _includeRejected) = (store, kb, verdicts, sources, entities, includeRejected);
        _latest = EffectiveClaims.LatestByClaim(verdicts);
        _links = EffectiveClaims.Apply(links, _latest).ToList();
        _rollup = rollup ? new RollupMap(new EntityDirectory(kb, entities, []), _links) : null;
    }

    /// <param name="includeRejected">Keep claims analysts rejected, marked, for views asked to show them; links that roll actors up never include them.</param>
    public static async Task<StoreWorld> ReadAsync(IEntenteStore store, KnowledgeBase kb, bool rollup, CancellationToken ct, bool includeRejected = false)
    {
        var links = new List<ClaimOutline>();
        if (rollup)
            await foreach (var o in store.QueryClaimOutlinesAsync(new ClaimQuery { Relations = LinkTypes }, ct)) links.Add(o);
        return new StoreWorld(store, kb, await store.ListVerdictsAsync(null, ct), await store.ListSourcesAsync(false, ct),
            await store.ListEntitiesAsync(ct), links, rollup, includeRejected);
    }

    public IEntenteStore Store => _store;

    /// <summary>Every source, with the rating in force applied (publisher and reliability, for rating relations).</summary>
    public IReadOnlyList<Source> Sources => _sources;

    /// <summary>The latest verdict on each claim that has one.</summary>
    public IReadOnlyDictionary<string, Verdict> Latest => _latest;

    public bool IncludeRejected => _includeRejected;

    /// <summary>The knowledge base and the stored entities, without what claims say of the entities they name.</summary>
    public EntityDirectory Directory() => new(_kb, _entities, []);

    /// <summary>The directory of a graph of these claims (<see cref="EntityDirectory.Of"/>), as <see cref="Graph"/> would make it.</summary>
    public EntityDirectory Directory(IEnumerable<ClaimListing> claims) => EntityDirectory.Of(_kb, _entities, claims);

    /// <summary>The roll-up of a graph of these claims with the store's links, as <see cref="ClaimGraph.Rollup"/> works it out.</summary>
    public RollupMap Rollup(EntityDirectory entities, IEnumerable<ClaimOutline> claims) => RollupMap.Of(entities, claims, _links);

    /// <summary>Who an actor counts as: its sponsor when rolling up, else itself.</summary>
    public string Counted(string actor) => _rollup is null ? actor : _rollup.SponsorOf(actor);

    /// <summary>
    /// Every claim a verdict points at, as stored. A correction may move a claim to other actors, where a query by
    /// the stored subject and object cannot find it; the few reviewed claims are read whole and sorted out in memory.
    /// </summary>
    public Task<List<Claim>> ReviewedClaimsAsync(CancellationToken ct) =>
        _latest.Count == 0 ? Task.FromResult(new List<Claim>()) : ClaimsAsync(new ClaimQuery { ReviewedOnly = true }, ct);

    /// <summary>The actor and, when rolling up, its sponsor and everything that rolls up to that sponsor.</summary>
    public IReadOnlyList<string> Members(string actor) => _rollup is null ? [actor] : _rollup.MembersOf(_rollup.SponsorOf(actor));

    /// <summary>Claims as stored; verdicts are applied when the graph is built.</summary>
    public async Task<List<Claim>> ClaimsAsync(ClaimQuery query, CancellationToken ct)
    {
        var claims = new List<Claim>();
        await foreach (var c in _store.QueryClaimsAsync(query, ct)) claims.Add(c);
        return claims;
    }

    /// <summary>
    /// The claims from these subjects to these objects whose relation is one of <paramref name="relations"/>, as the store
    /// lists them (<see cref="IEntenteStore.QueryClaimLinesAsync(IReadOnlyCollection{string}, IReadOnlyCollection{string}, IReadOnlyCollection{string}, CancellationToken)"/>):
    /// no whole-claim decode, and rating a relation reads nothing a listing leaves out. Null relations: every one.
    /// </summary>
    public async Task<List<Claim>> LinesAsync(IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> objects, IReadOnlyCollection<string>? relations,
        CancellationToken ct)
    {
        var claims = new List<Claim>();
        await foreach (var c in _store.QueryClaimLinesAsync(subjects, objects, relations, ct)) claims.Add(c);
        return claims;
    }

    /// <summary>Outlines streamed with the verdicts applied: rejected claims gone, corrected ones replaced; reviewed ones left out when asked.</summary>
    public async IAsyncEnumerable<ClaimOutline> OutlinesAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken ct, bool skipReviewed = false)
    {
        await foreach (var o in _store.QueryClaimOutlinesAsync(query, ct))
            if (!(skipReviewed && _latest.ContainsKey(o.Id)) && EffectiveClaims.TryApply(o, _latest, out var effective, _includeRejected)) yield return effective;
    }

    /// <summary>The outlines of every claim a verdict points at, as the verdicts leave them.</summary>
    public IAsyncEnumerable<ClaimOutline> ReviewedOutlinesAsync(CancellationToken ct) =>
        _latest.Count == 0 ? AsyncEnumerable.Empty<ClaimOutline>() : OutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct);

    /// <summary>
    /// Claims read by several queries, once each, in the order a whole-graph load reads them (start, undated last, then
    /// id): a relation lists its claim ids, and a timeline breaks ties, in that order.
    /// </summary>
    /// <remarks>One comparison sort of an array, ids unique once the first of each is kept: a hub's timeline reads a hundred
    /// thousand claims, and three chained keys built and compared an array per key.</remarks>
    public static IEnumerable<Claim> InStoreOrder(IEnumerable<Claim> claims)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var once = new List<Claim>();
        foreach (var c in claims)
            if (seen.Add(c.Id)) once.Add(c);
        var sorted = once.ToArray();
        Array.Sort(sorted, StoreOrder);
        return sorted;
    }

    private static readonly Comparison<Claim> StoreOrder = static (x, y) => InStoreOrder(x.Time?.From, x.Id, y.Time?.From, y.Id);

    /// <summary>The order of <see cref="InStoreOrder(IEnumerable{Claim})"/> by the claims' starts (null when undated) and ids.</summary>
    public static int InStoreOrder(DateOnly? xFrom, string xId, DateOnly? yFrom, string yId) =>
        xFrom is null != yFrom is null ? (xFrom is null ? 1 : -1)
        : Nullable.Compare(xFrom, yFrom) is var byStart and not 0 ? byStart
        : string.CompareOrdinal(xId, yId);

    public ClaimGraph Graph(IEnumerable<Claim> claims) => ClaimGraph.Build(claims, _verdicts, _sources, _kb, _entities, _links, _includeRejected);
}
