using Entente.Analysis.Graph;
using Entente.Analysis.Rollup;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Timeline;

/// <summary>
/// A timeline read from the store's listings (<see cref="IEntenteStore.QueryClaimListingsAsync"/>): the report
/// <see cref="TimelineBuilder"/> makes of a graph of the claims touching the actors (<see cref="GraphSnapshot.LoadForTimelineAsync"/>),
/// with each claim held as a listing value in one array rather than as a whole claim in a graph, and each entry made only
/// when the report is read (<see cref="TimelineEntries"/>). A hub's timeline is a hundred thousand rows, and at a million
/// claims a third of its time went to clearing fresh memory for the claims, the graph and the entries, all kept to the
/// end. The claims are chosen as the graph chooses them (verdicts, roll-up, the filter, the other actor), in the graph's
/// order, so the report is the same; tests/Entente.Analysis.Tests/IndexedAnswers holds it equal to the whole graph's.
/// </summary>
public static class ListedTimeline
{
    /// <summary>A claim of the timeline (its place among the listings) with its subject and object as the question counts them.</summary>
    private readonly record struct Acted(int Position, string Subject, string? Object);

    public static async Task<TimelineReport> BuildAsync(IEntenteStore store, KnowledgeBase kb, string actor, string? other, DateOnly? asOf,
        AnalysisFilter filter, bool includeRejected = false, CancellationToken ct = default)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        string[] actors = other is null ? [actor] : [actor, other];
        var claims = await ListedClaims.ReadAsync(world, actors.SelectMany(a => world.Members(a)).ToHashSet(StringComparer.OrdinalIgnoreCase), ct);
        var entities = world.Directory(claims.InOrder());
        var rollup = filter.Rollup ? world.Rollup(entities, claims.InOrder().Select(c => c.Outline)) : null;
        string Counted(string id) => rollup is null ? id : rollup.SponsorOf(id);
        var ca = Counted(actor);
        // As ClaimGraph.Between, which counts the counted actor again before it asks for the claims touching it.
        var acted = other is null ? Touching(claims, ca, rollup) : Between(claims, Counted(ca), Counted(other), rollup);

        var sources = world.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // The reader shares one string per id, so most look-ups are of a string met before: found by reference, not hashed again.
        var refs = new Dictionary<string, EntityRef>(ReferenceEqualityComparer.Instance);
        var sourceOf = new Dictionary<string, Source?>(ReferenceEqualityComparer.Instance);
        var shown = new List<TimelineEntries.Shown>();
        var keys = new List<TimelineKey>();
        var undated = 0;
        foreach (var x in acted)
        {
            ref readonly var c = ref claims[x.Position];
            if (!filter.Matches(c)) continue;
            if (!sourceOf.TryGetValue(c.SourceId, out var source)) sourceOf[c.SourceId] = source = sources.GetValueOrDefault(c.SourceId);
            if (asOf is not null && !(source?.Published is { } p && p <= asOf)) continue;
            shown.Add(new(x.Position, Ref(x.Subject), x.Object is null ? null : Ref(x.Object), source));
            keys.Add(new TimelineKey(c.From, c.To, c.Precision, source?.Published, c.Id));
            if (c.From is null) undated++;
        }
        var order = TimelineKey.Order([.. keys]);
        var entries = new TimelineEntries(claims, Array.ConvertAll(order, i => shown[i]));
        return new TimelineReport(entities.Ref(ca), other is null ? null : entities.Ref(Counted(other)), asOf, undated, entries);

        EntityRef Ref(string id)
        {
            if (!refs.TryGetValue(id, out var r)) refs[id] = r = entities.Ref(id);
            return r;
        }
    }

    /// <summary>As <see cref="ClaimGraph.Touching"/>: the claims whose subject or object is the actor, or under roll-up one of its members.</summary>
    private static IEnumerable<Acted> Touching(ListedClaims claims, string actor, RollupMap? rollup)
    {
        if (rollup is null)
        {
            foreach (var i in claims.Order)
            {
                var (subject, obj) = (claims[i].Subject.Id, claims[i].Object?.Id);
                if (ClaimGraph.Same(subject, actor) || ClaimGraph.Same(obj, actor)) yield return new(i, subject, obj);
            }
            yield break;
        }
        // The graph goes through the members in turn and through each one's claims in order, each claim once: a claim comes
        // where its earliest member does, and is seen through the roll-up.
        var members = rollup.MembersOf(rollup.SponsorOf(actor));
        var rank = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < members.Count; k++) rank.TryAdd(members[k], k);
        var found = new List<(int Rank, int Index)>();
        for (var k = 0; k < claims.Order.Length; k++)
        {
            var (subject, obj) = (claims[claims.Order[k]].Subject.Id, claims[claims.Order[k]].Object?.Id);
            var r = Math.Min(rank.GetValueOrDefault(subject, int.MaxValue), obj is null ? int.MaxValue : rank.GetValueOrDefault(obj, int.MaxValue));
            if (r != int.MaxValue) found.Add((r, k));
        }
        found.Sort();
        foreach (var (_, k) in found)
        {
            var i = claims.Order[k];
            var obj = claims[i].Object?.Id;
            yield return new(i, rollup.SponsorOf(claims[i].Subject.Id), obj is null ? null : rollup.SponsorOf(obj));
        }
    }

    /// <summary>As <see cref="ClaimGraph.Between"/>: the claims between the two counted actors, in either direction.</summary>
    private static IEnumerable<Acted> Between(ListedClaims claims, string a, string b, RollupMap? rollup) =>
        Touching(claims, a, rollup).Where(x =>
            (ClaimGraph.Same(x.Subject, a) && ClaimGraph.Same(x.Object, b)) || (ClaimGraph.Same(x.Subject, b) && ClaimGraph.Same(x.Object, a)));
}
