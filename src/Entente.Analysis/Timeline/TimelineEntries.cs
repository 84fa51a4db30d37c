using System.Collections;
using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Claims;
using Entente.Core.Sources;

namespace Entente.Analysis.Timeline;

/// <summary>
/// A listed timeline's entries (<see cref="ListedTimeline"/>), each made when it is read: a table reads every entry twice
/// (to measure its columns, then to write them) and JSON once, and entries made for that and dropped cost far less than a
/// hundred thousand of them kept for the whole command.
/// </summary>
internal sealed class TimelineEntries(TimelineEntries.Listed[] claims, TimelineEntries.Acted[] shown, EntityDirectory entities,
    Dictionary<string, Source> sources) : IReadOnlyList<TimelineEntry>
{
    /// <summary>A claim as the timeline holds it, and whether an analyst rejected it (shown only when asked to).</summary>
    internal readonly struct Listed(ClaimListing claim, bool rejected)
    {
        // Fields, not properties, so a reader refers to the listing in its array instead of copying it out.
        public readonly ClaimListing Claim = claim;
        public readonly bool Rejected = rejected;
    }

    /// <summary>A claim of the timeline (its place among <see cref="Listed"/>) with its subject and object as the question counts them.</summary>
    internal readonly record struct Acted(int Index, string Subject, string? Object);

    public int Count => shown.Length;

    public TimelineEntry this[int index]
    {
        get
        {
            var x = shown[index];
            ref readonly var listed = ref claims[x.Index];
            ref readonly var c = ref listed.Claim;
            return new TimelineEntry(c.From, c.To, c.Precision, entities.Ref(x.Subject), c.Relation, x.Object is null ? null : entities.Ref(x.Object),
                c.Place, c.Certainty, c.Phase, Evidence.Of(c, sources.GetValueOrDefault(c.SourceId), listed.Rejected));
        }
    }

    public IEnumerator<TimelineEntry> GetEnumerator()
    {
        for (var i = 0; i < shown.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
