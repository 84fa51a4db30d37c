using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Analysis.Timeline;

public sealed record TimelineEntry(
    DateOnly? From,
    DateOnly? To,
    TimePrecision? Precision,
    EntityRef Subject,
    string Relation,
    EntityRef? Object,
    EntityRef? Place,
    Certainty Certainty,
    Phase Phase,
    Evidence Evidence);

public sealed record TimelineReport(EntityRef Actor, EntityRef? Other, DateOnly? AsOf, int Undated, IReadOnlyList<TimelineEntry> Entries);

/// <summary>
/// The claims about an actor (or between two) in event-time order: by start, then end, finer precision
/// first; undated claims last. With as-of, only claims whose source was published by then remain;
/// a source without a publication date cannot show it was, so its claims drop out.
/// </summary>
public static class TimelineBuilder
{
    public static TimelineReport Build(ClaimGraph g, string actor, string? other, DateOnly? asOf, AnalysisFilter filter)
    {
        var ca = g.Counted(actor, filter.Rollup);
        var claims = other is null ? g.Touching(ca, filter) : g.Between(ca, other, filter);
        var entries = claims
            .Where(x => asOf is null || g.Source(x.Claim.SourceId)?.Published is { } p && p <= asOf)
            .Select(x => new TimelineEntry(x.Claim.Time?.From, x.Claim.Time?.To, x.Claim.Time?.Precision,
                g.Entities.Ref(x.Subject), x.Claim.Relation, x.Object is null ? null : g.Entities.Ref(x.Object),
                x.Claim.Place, x.Claim.Certainty, x.Claim.Phase, Evidence.Of(x.Claim, g)))
            .ToList();
        Sort(entries);
        return new TimelineReport(g.Entities.Ref(ca), other is null ? null : g.Entities.Ref(g.Counted(other, filter.Rollup)), asOf,
            entries.Count(e => e.From is null), entries);
    }

    /// <summary>Event-time order (<see cref="TimelineKey"/>), ties kept in the order given.</summary>
    private static void Sort(List<TimelineEntry> entries)
    {
        var items = entries.ToArray();
        var order = TimelineKey.Order(Array.ConvertAll(items, TimelineKey.Of));
        for (var i = 0; i < order.Length; i++) entries[i] = items[order[i]];
    }
}
