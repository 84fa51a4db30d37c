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
        var network = new ActorLinks(world, entities);
        if (!filter.NarrowsClaims && world.Latest.Count == 0)
        {
            // With no verdict to correct them, the store's pairs are the links as they stand (one per subject and object):
            // each goes straight into the network, with no dictionary of id pairs between the store and it.
            await foreach (var p in world.Store.QueryClaimPairsAsync(ct))
                if (p.Affirmed > 0) network.Link(p.SubjectId, p.ObjectId, p.Symmetric > 0);
        }
        else
        {
            var links = filter.NarrowsClaims ? await FromOutlinesAsync(world, filter, ct) : await FromPairsAsync(world, ct);
            foreach (var ((subject, obj), symmetric) in links) network.Link(subject, obj, symmetric);
        }
        return network.Build();
    }

    /// <summary>
    /// The network's links by node number: each end rolled up as the world counts it, and kept where both ends are actors.
    /// The store hands each id as one string instance, so who it counts as, and whether that is an actor, is worked out
    /// once per instance; an actor becomes a node at its first link, as the network has no node without one.
    /// </summary>
    private sealed class ActorLinks(StoreWorld world, EntityDirectory entities)
    {
        private readonly ActorNetwork.Builder _builder = new();
        private readonly Dictionary<string, End> _ends = new(ReferenceEqualityComparer.Instance);

        public void Link(string subject, string obj, bool symmetric)
        {
            if (EndOf(subject) is { Actor: not null } s && EndOf(obj) is { Actor: not null } o) _builder.Add(s.NodeIn(_builder), o.NodeIn(_builder), symmetric);
        }

        public ActorNetwork Build() => _builder.Build();

        private End EndOf(string id)
        {
            if (_ends.TryGetValue(id, out var known)) return known;
            var c = world.Counted(id);
            return _ends[id] = new End(entities.Kind(c).IsActor() ? c : null);
        }

        /// <summary>What a stored id counts as: an actor (null when it is none) and, once linked, its node.</summary>
        private sealed class End(string? actor)
        {
            private int _node = -1;

            public string? Actor { get; } = actor;

            public int NodeIn(ActorNetwork.Builder builder) => _node >= 0 ? _node : _node = builder.Node(Actor!);
        }
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
