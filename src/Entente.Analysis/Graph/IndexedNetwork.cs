using Entente.Analysis.Network;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>
/// The actor network as a snapshot of the whole graph builds it, read without decoding a claim. Unfiltered, it comes
/// from the store's claim pairs, their counts corrected by the verdicts (a rejected claim taken off its pair, a
/// corrected one moved to its correction's); a filter that narrows claims needs each claim's sphere, certainty and
/// time, so then the outlines are read. Either way the ends are rolled up and kept where both are actors.
/// </summary>
internal static class IndexedNetwork
{
    public static async Task<ActorNetwork> LoadAsync(StoreWorld world, EntityDirectory entities, AnalysisFilter filter, CancellationToken ct)
    {
        if (!filter.NarrowsClaims && world.Latest.Count == 0) return await FromStoredPairsAsync(world, entities, ct);
        var links = filter.NarrowsClaims ? await FromOutlinesAsync(world, filter, ct) : await FromPairsAsync(world, ct);
        // The store hands each id as one string instance: who it counts as is worked out once per instance.
        var counted = new Dictionary<string, string?>(ReferenceEqualityComparer.Instance);
        string? Actor(string id)
        {
            if (counted.TryGetValue(id, out var known)) return known;
            var c = world.Counted(id);
            return counted[id] = entities.Kind(c).IsActor() ? c : null;
        }
        var edges = new List<ActorEdge>(links.Count);
        foreach (var ((subject, obj), symmetric) in links)
            if (Actor(subject) is { } s && Actor(obj) is { } o) edges.Add(new ActorEdge(s, o, symmetric));
        return ActorNetwork.FromEdges(edges);
    }

    /// <summary>
    /// With no verdict to correct them, the store's pairs are the links as they stand (one per subject and object): each
    /// pair goes straight into the network by node number, each stored id resolved to its actor's node once.
    /// </summary>
    private static async Task<ActorNetwork> FromStoredPairsAsync(StoreWorld world, EntityDirectory entities, CancellationToken ct)
    {
        var builder = new ActorNetwork.Builder();
        // The store hands each id as one string instance: who it counts as, and whether that is an actor, is worked out once
        // per instance. An actor becomes a node at its first link, as the network has no node without one.
        var actors = new Dictionary<string, Counted>(ReferenceEqualityComparer.Instance);
        Counted ActorOf(string id)
        {
            if (actors.TryGetValue(id, out var known)) return known;
            var c = world.Counted(id);
            return actors[id] = new Counted(entities.Kind(c).IsActor() ? c : null);
        }
        await foreach (var p in world.Store.QueryClaimPairsAsync(ct))
        {
            if (p.Affirmed <= 0 || ActorOf(p.SubjectId) is not { Id: not null } s || ActorOf(p.ObjectId) is not { Id: not null } o) continue;
            builder.Add(s.NodeIn(builder), o.NodeIn(builder), p.Symmetric > 0);
        }
        return builder.Build();
    }

    /// <summary>What a stored id counts as in the network: an actor's id (null when it is no actor) and, once linked, its node.</summary>
    private sealed class Counted(string? id)
    {
        private int _node = -1;

        public string? Id { get; } = id;

        public int NodeIn(ActorNetwork.Builder builder) => _node >= 0 ? _node : _node = builder.Node(Id!);
    }

    private static async Task<Dictionary<(string, string), bool>> FromPairsAsync(StoreWorld world, CancellationToken ct)
    {
        var counts = new Dictionary<(string, string), (int Affirmed, int Symmetric)>();
        await foreach (var p in world.Store.QueryClaimPairsAsync(ct)) counts[(p.SubjectId, p.ObjectId)] = (p.Affirmed, p.Symmetric);
        if (world.Latest.Count > 0)
            await foreach (var o in world.Store.QueryClaimOutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct))
            {
                var kept = EffectiveClaims.TryApply(o, world.Latest, out var effective, world.IncludeRejected);
                if (kept && effective == o) continue;
                Count(counts, o, -1);
                if (kept) Count(counts, effective, +1);
            }
        var links = new Dictionary<(string, string), bool>(counts.Count);
        foreach (var (pair, n) in counts)
            if (n.Affirmed > 0) links[pair] = n.Symmetric > 0;
        return links;
    }

    private static void Count(Dictionary<(string, string), (int Affirmed, int Symmetric)> counts, in ClaimOutline o, int by)
    {
        if (o.ObjectId is null || !AnalysisFilter.IsAffirmative(o.Certainty)) return;
        var n = counts.GetValueOrDefault((o.SubjectId, o.ObjectId));
        counts[(o.SubjectId, o.ObjectId)] = (n.Affirmed + by, n.Symmetric + (IsSymmetric(o.Relation) ? by : 0));
    }

    private static async Task<Dictionary<(string, string), bool>> FromOutlinesAsync(StoreWorld world, AnalysisFilter filter, CancellationToken ct)
    {
        var links = new Dictionary<(string, string), bool>();
        void Add(in ClaimOutline o)
        {
            if (o.ObjectId is null || !AnalysisFilter.IsAffirmative(o.Certainty) || !filter.Matches(o)) return;
            var key = (o.SubjectId, o.ObjectId);
            links[key] = links.GetValueOrDefault(key) || IsSymmetric(o.Relation);
        }
        await foreach (var o in world.Store.QueryClaimOutlinesAsync(Pushed(filter), ct))
            if (!world.Latest.ContainsKey(o.Id)) Add(o);
        await foreach (var o in ReviewedAsync(world, ct)) Add(o);
        return links;
    }

    /// <summary>
    /// The filter as a store query over what claims say as stored. Reviewed claims are read apart (<see cref="ReviewedAsync"/>):
    /// a correction may pass a filter its stored claim fails.
    /// </summary>
    public static ClaimQuery Pushed(AnalysisFilter filter) => new()
    {
        Spheres = filter.Spheres,
        Relations = filter.Relations,
        Certainties = filter.MinCertainty is { } min ? Enum.GetValues<Certainty>().Where(c => c <= min).ToList() : [],
        From = filter.From,
        To = filter.To,
    };

    /// <summary>The claims a verdict points at, as the verdicts leave them (rejected ones gone unless included).</summary>
    public static async IAsyncEnumerable<ClaimOutline> ReviewedAsync(StoreWorld world, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (world.Latest.Count == 0) yield break;
        await foreach (var o in world.Store.QueryClaimOutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct))
            if (EffectiveClaims.TryApply(o, world.Latest, out var effective, world.IncludeRejected)) yield return effective;
    }

    private static bool IsSymmetric(string relation) => RelationTypes.TryGet(relation, out var t) && t.Symmetric;
}
