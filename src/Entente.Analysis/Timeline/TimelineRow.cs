using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Analysis.Timeline;

/// <summary>
/// What a timeline's table shows of an entry (<see cref="TimelineEntry"/>), as a value: a table of a hub's timeline reads
/// a hundred thousand entries twice (to measure its columns, then to write them), and an entry with its evidence is two
/// objects and a list of materiel names per read, which a table never shows.
/// </summary>
public readonly record struct TimelineRow(
    DateOnly? From, DateOnly? To, TimePrecision? Precision, EntityRef Subject, string Relation, EntityRef? Object, EntityRef? Place,
    Certainty Certainty, string? Time, DateOnly? Published, string Text, bool Rejected)
{
    public static TimelineRow Of(TimelineEntry e) =>
        new(e.From, e.To, e.Precision, e.Subject, e.Relation, e.Object, e.Place, e.Certainty, e.Evidence.Time, e.Evidence.Published,
            e.Evidence.Text, e.Evidence.Rejected);

    /// <summary>The row of an entry of <paramref name="entries"/>, without making the entry when the entries are listed ones.</summary>
    public static TimelineRow At(IReadOnlyList<TimelineEntry> entries, int index) =>
        entries is TimelineEntries listed ? listed.Row(index) : Of(entries[index]);
}
