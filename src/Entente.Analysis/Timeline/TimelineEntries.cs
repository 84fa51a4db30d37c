using System.Collections;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Analysis.Timeline;

/// <summary>
/// A listed timeline's entries (<see cref="ListedTimeline"/>), each made when it is read: a table reads every entry twice
/// (to measure its columns, then to write them) and JSON once, and entries made for that and dropped cost far less than a
/// hundred thousand of them kept for the whole command.
/// </summary>
internal sealed class TimelineEntries(ListedClaims claims, TimelineEntries.Shown[] shown) : IReadOnlyList<TimelineEntry>
{
    /// <summary>A claim of the timeline (its place among the listings) with its parties as the question counts them, and its source.</summary>
    internal readonly record struct Shown(int Position, EntityRef Subject, EntityRef? Object, Source? Source);

    public int Count => shown.Length;

    public TimelineEntry this[int index]
    {
        get
        {
            var x = shown[index];
            ref readonly var c = ref claims[x.Position];
            return new TimelineEntry(c.From, c.To, c.Precision, x.Subject, c.Relation, x.Object, c.Place, c.Certainty, c.Phase,
                Evidence.Of(c, x.Source, claims.Rejected(x.Position)));
        }
    }

    /// <summary>What a table shows of the entry at <paramref name="index"/>, without making it (<see cref="TimelineRow"/>).</summary>
    public TimelineRow Row(int index)
    {
        var x = shown[index];
        ref readonly var c = ref claims[x.Position];
        return new TimelineRow(c.From, c.To, c.Precision, x.Subject, c.Relation, x.Object, c.Place, c.Certainty, c.TimeText, x.Source?.Published,
            c.Text, claims.Rejected(x.Position));
    }

    public IEnumerator<TimelineEntry> GetEnumerator()
    {
        for (var i = 0; i < shown.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
