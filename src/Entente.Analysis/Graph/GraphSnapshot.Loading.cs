using Entente.Analysis.Profile;
using Entente.Core.Claims;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

public sealed partial class GraphSnapshot
{
    public static async Task<GraphSnapshot> LoadAsync(IEntenteStore store, KnowledgeBase kb, SnapshotOptions? options = null, CancellationToken ct = default)
    {
        options ??= SnapshotOptions.Default;
        var world = await StoreWorld.ReadAsync(store, kb, rollup: false, ct, options.IncludeRejected);
        return new GraphSnapshot(world.Graph(await world.ClaimsAsync(options.Query, ct)));
    }

    /// <summary>
    /// Loads only what questions about these actors need: the claims touching them (with everything that
    /// rolls up to them when rolling up). Enough for timeline, relations and shared clients; a profile loads
    /// less with <see cref="LoadForProfileAsync"/>; co-presence and the network need the whole graph.
    /// </summary>
    public static async Task<GraphSnapshot> LoadAroundAsync(IEntenteStore store, KnowledgeBase kb, IReadOnlyCollection<string> actors, bool rollup,
        CancellationToken ct = default, bool includeRejected = false)
    {
        var world = await StoreWorld.ReadAsync(store, kb, rollup, ct, includeRejected);
        var ids = actors.SelectMany(a => world.Members(a)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var claims = await world.ClaimsAsync(new ClaimQuery { Actors = ids }, ct);
        claims.AddRange(await world.ReviewedClaimsAsync(ct));
        return new GraphSnapshot(world.Graph(StoreWorld.InStoreOrder(claims)));
    }

    /// <summary>
    /// Loads what a timeline of these actors shows and no more: the claims touching them (with everything that rolls up
    /// to them when rolling up) as the store lists them (<see cref="IEntenteStore.QueryClaimLinesAsync"/>, no whole-claim
    /// decode), and the few claims a verdict points at whole, since a correction may move a claim to them. Answers
    /// timelines as <see cref="LoadAroundAsync"/> does; the claims lack what a listing does not show (evidence offsets, cues).
    /// </summary>
    public static async Task<GraphSnapshot> LoadForTimelineAsync(IEntenteStore store, KnowledgeBase kb, IReadOnlyCollection<string> actors, bool rollup,
        CancellationToken ct = default, bool includeRejected = false)
    {
        var world = await StoreWorld.ReadAsync(store, kb, rollup, ct, includeRejected);
        var ids = actors.SelectMany(a => world.Members(a)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The reviewed claims come first, so where a claim is both, the whole one is kept (InStoreOrder keeps the first of an id).
        var claims = await world.ReviewedClaimsAsync(ct);
        await foreach (var c in store.QueryClaimLinesAsync(ids, ct)) claims.Add(c);
        return new GraphSnapshot(world.Graph(StoreWorld.InStoreOrder(claims)));
    }

    /// <summary>
    /// Loads what the profile of a and b needs and no more: the claims between them in full, and for each of
    /// them the facts (theaters, clients, pressure): from the store's actor facts when the filter keeps every
    /// claim (<see cref="StoredFacts"/>), else from the outlines of every claim touching it, so a hub's hundreds
    /// of thousands of claims are never decoded. The snapshot answers that profile under
    /// <paramref name="filter"/> as a snapshot of the whole graph would; other questions need the whole graph.
    /// </summary>
    public static async Task<GraphSnapshot> LoadForProfileAsync(IEntenteStore store, KnowledgeBase kb, string a, string b, AnalysisFilter filter,
        CancellationToken ct = default, bool includeRejected = false)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        var (ma, mb) = (world.Members(a), world.Members(b));
        // The pair's claims as the store lists them (all a profile reads of a claim), after the reviewed ones whole (InStoreOrder keeps the first of an id).
        var claims = await world.ReviewedClaimsAsync(ct);
        await foreach (var c in store.QueryClaimLinesAsync(ma, mb, null, ct)) claims.Add(c);
        await foreach (var c in store.QueryClaimLinesAsync(mb, ma, null, ct)) claims.Add(c);
        var graph = world.Graph(StoreWorld.InStoreOrder(claims));
        var facts = new Dictionary<string, ActorFacts>(StringComparer.OrdinalIgnoreCase);
        foreach (var (actor, members) in new[] { (a, ma), (b, mb) })
        {
            var counted = graph.Counted(actor, filter.Rollup);
            if (facts.ContainsKey(counted)) continue;
            if (StoredFacts.Answer(filter))
            {
                facts[counted] = await StoredFacts.ReadAsync(world, graph, counted, members, filter.Rollup, ct);
                continue;
            }
            var collector = new ActorFacts.Collector(graph, counted);
            // Reviewed claims are counted apart, as the verdicts leave them: a correction may move one to the actor.
            await foreach (var o in world.OutlinesAsync(new ClaimQuery { Actors = members }, ct, skipReviewed: true))
                if (filter.Matches(o)) collector.Add(graph.Act(o, filter.Rollup));
            await foreach (var o in world.ReviewedOutlinesAsync(ct))
                if (filter.Matches(o)) collector.Add(graph.Act(o, filter.Rollup));
            facts[counted] = collector.Facts;
        }
        return new GraphSnapshot(graph, new PreparedFacts(filter, facts));
    }
}
