using Entente.Analysis.Graph;
using Entente.Storage;

namespace Entente.Analysis.Profile;

/// <summary>
/// An actor's facts read from the facts the store keeps (<see cref="ActorFact"/>) rather than from the claims touching
/// it: a hub has a few thousand facts and hundreds of thousands of claims. The store sums every claim as stored, so the
/// claims a verdict points at are taken out again here and added back as the verdicts leave them. Only for a filter that
/// keeps every claim (roll-up aside): the store's sums cannot tell spheres, certainties or dates apart.
/// </summary>
internal static class StoredFacts
{
    public static bool Answer(AnalysisFilter filter) => !filter.NarrowsClaims;

    public static async Task<ActorFacts> ReadAsync(StoreWorld world, ClaimGraph graph, string counted, IReadOnlyList<string> members, bool rollup, CancellationToken ct)
    {
        var counts = new Dictionary<(string Actor, ActorFactKind Kind, string Other, int From, int To), int>();
        await foreach (var f in world.Store.QueryActorFactsAsync(members, ct)) counts[(f.ActorId, f.Kind, f.OtherId, f.FromYear, f.ToYear)] = f.Claims;
        if (world.Latest.Count > 0)
            await foreach (var o in world.Store.QueryClaimOutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct))
                foreach (var f in ActorFactRows.Of(o))
                    if (counts.TryGetValue((f.ActorId, f.Kind, f.OtherId, f.FromYear, f.ToYear), out var n)) counts[(f.ActorId, f.Kind, f.OtherId, f.FromYear, f.ToYear)] = n - f.Claims;
        var collector = new ActorFacts.Collector(graph, counted);
        foreach (var ((_, kind, other, from, to), n) in counts)
            collector.Add(kind, kind is ActorFactKind.Client or ActorFactKind.Pressure ? graph.Counted(other, rollup) : other, from, to, n);
        await foreach (var o in world.ReviewedOutlinesAsync(ct)) collector.Add(graph.Act(o, rollup));
        return collector.Facts;
    }
}
