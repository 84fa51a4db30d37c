using Entente.Analysis.Graph;
using Entente.Analysis.Rollup;
using Entente.Core.Claims;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Timeline;

/// <summary>
/// A timeline read from the store's listings (<see cref="IEntenteStore.QueryClaimListingsAsync"/>): the report
/// <see cref="TimelineBuilder"/> makes of a graph of the claims touching the actors (<see cref="GraphSnapshot.LoadForTimelineAsync"/>),
/// with each claim held as a listing value rather than a whole claim in a graph, and each entry made only when the report
/// is read (<see cref="TimelineEntries"/>). A hub's timeline is a hundred thousand rows, and at a million claims a third of
/// its time went to clearing fresh memory for the claims, the graph and the entries, all kept to the end. The claims are
/// chosen as the graph chooses them (verdicts, roll-up, the filter, the other actor), in the graph's order, so the report
/// is the same; tests/Entente.Analysis.Tests/IndexedAnswers holds it equal to the whole graph's on both providers.
/// </summary>
public static class ListedTimeline
{
    public static async Task<TimelineReport> BuildAsync(IEntenteStore store, KnowledgeBase kb, string actor, string? other, DateOnly? asOf,
        AnalysisFilter filter, bool includeRejected = false, CancellationToken ct = default)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        string[] actors = other is null ? [actor] : [actor, other];
        var claims = await ClaimsAsync(world, actors.SelectMany(a => world.Members(a)).ToHashSet(StringComparer.OrdinalIgnoreCase), ct);
        var entities = world.Directory(claims.Select(c => c.Claim));
        var rollup = filter.Rollup ? world.Rollup(entities, claims.Select(c => c.Claim.Outline)) : null;
        string Counted(string id) => rollup is null ? id : rollup.SponsorOf(id);
        var ca = Counted(actor);
        // As ClaimGraph.Between, which counts the counted actor again before it asks for the claims touching it.
        var acted = other is null ? Touching(claims, ca, rollup) : Between(claims, Counted(ca), Counted(other), rollup);

        var sources = world.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var shown = new List<TimelineEntries.Acted>();
        var keys = new List<TimelineKey>();
        var undated = 0;
        foreach (var x in acted)
        {
            ref readonly var c = ref claims[x.Index].Claim;
            if (!filter.Matches(c)) continue;
            var published = sources.GetValueOrDefault(c.SourceId)?.Published;
            if (asOf is not null && !(published is { } p && p <= asOf)) continue;
            shown.Add(x);
            keys.Add(new TimelineKey(c.From, c.To, c.Precision, published, c.Id));
            if (c.From is null) undated++;
        }
        var order = TimelineKey.Order([.. keys]);
        var entries = new TimelineEntries(claims, Array.ConvertAll(order, i => shown[i]), entities, sources);
        return new TimelineReport(entities.Ref(ca), other is null ? null : entities.Ref(Counted(other)), asOf, undated, entries);
    }

    /// <summary>
    /// The claims touching these ids as a graph of them holds them (<see cref="GraphSnapshot.LoadForTimelineAsync"/>): the
    /// reviewed ones whole with their verdicts applied, the rest as listed, in store order (<see cref="StoreWorld.InStoreOrder(IEnumerable{Claim})"/>).
    /// </summary>
    private static async Task<TimelineEntries.Listed[]> ClaimsAsync(StoreWorld world, HashSet<string> ids, CancellationToken ct)
    {
        var whole = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in await world.ReviewedClaimsAsync(ct)) whole.TryAdd(c.Id, c);
        var listed = whole.Values.Select(ClaimListing.Of).ToList();
        // The store lists each claim once (its object side passes over what its subject side gave); a reviewed one is kept whole.
        await foreach (var c in world.Store.QueryClaimListingsAsync(ids, ct))
            if (whole.Count == 0 || !whole.ContainsKey(c.Id)) listed.Add(c);
        var all = listed.ToArray();
        var order = new int[all.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Positions are sorted, not the listings themselves, which are larger than a reference.
        Array.Sort(order, (x, y) => StoreWorld.InStoreOrder(all[x].From, all[x].Id, all[y].From, all[y].Id));
        var claims = new List<TimelineEntries.Listed>(all.Length);
        foreach (var i in order)
        {
            if (!whole.TryGetValue(all[i].Id, out var claim)) claims.Add(new(all[i], false));
            else if (EffectiveClaims.TryApply(claim, world.Latest, out var effective, world.IncludeRejected))
                claims.Add(new(ClaimListing.Of(effective), VerdictMark.IsRejected(effective)));
        }
        return [.. claims];
    }

    /// <summary>As <see cref="ClaimGraph.Touching"/>: the claims whose subject or object is the actor, or under roll-up one of its members.</summary>
    private static IEnumerable<TimelineEntries.Acted> Touching(TimelineEntries.Listed[] claims, string actor, RollupMap? rollup)
    {
        if (rollup is null)
        {
            for (var i = 0; i < claims.Length; i++)
            {
                ref readonly var c = ref claims[i].Claim;
                if (ClaimGraph.Same(c.Subject.Id, actor) || ClaimGraph.Same(c.Object?.Id, actor)) yield return new(i, c.Subject.Id, c.Object?.Id);
            }
            yield break;
        }
        // The graph goes through the members in turn and through each one's claims in order, each claim once: a claim comes
        // where its earliest member does, and is seen through the roll-up.
        var members = rollup.MembersOf(rollup.SponsorOf(actor));
        var rank = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < members.Count; k++) rank.TryAdd(members[k], k);
        var found = new List<(int Rank, int Index)>();
        for (var i = 0; i < claims.Length; i++)
        {
            ref readonly var c = ref claims[i].Claim;
            var r = Math.Min(rank.GetValueOrDefault(c.Subject.Id, int.MaxValue), c.Object is { } o ? rank.GetValueOrDefault(o.Id, int.MaxValue) : int.MaxValue);
            if (r != int.MaxValue) found.Add((r, i));
        }
        found.Sort();
        foreach (var (_, i) in found)
        {
            ref readonly var c = ref claims[i].Claim;
            yield return new(i, rollup.SponsorOf(c.Subject.Id), c.Object is { } o ? rollup.SponsorOf(o.Id) : null);
        }
    }

    /// <summary>As <see cref="ClaimGraph.Between"/>: the claims between the two counted actors, in either direction.</summary>
    private static IEnumerable<TimelineEntries.Acted> Between(TimelineEntries.Listed[] claims, string a, string b, RollupMap? rollup) =>
        Touching(claims, a, rollup).Where(x =>
            (ClaimGraph.Same(x.Subject, a) && ClaimGraph.Same(x.Object, b)) || (ClaimGraph.Same(x.Subject, b) && ClaimGraph.Same(x.Object, a)));
}
