using Entente.Analysis.Timeline;
using Entente.Cli.Framework;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Cli.Commands;

/// <summary>
/// The columns of `entente timeline`: as strings (<see cref="Cells"/>, for CSV) and as a table's cells written in place
/// from the entry's row (<see cref="Columns"/>): a hub's timeline is a hundred thousand rows, and a string per cell,
/// made twice, was a tenth of the command. The two show the same text (OutputTests holds them equal).
/// </summary>
internal static class TimelineTable
{
    /// <summary>The columns as strings; the few thousand publication dates are made once each, not per cell.</summary>
    public static Column<TimelineEntry>[] Cells()
    {
        var dates = new Dictionary<DateOnly, string>();
        return
        [
            new("when", e => e.From is null ? "undated" : e.Evidence.Time ?? $"{AnalysisQuery.Date(e.From)}..{AnalysisQuery.Date(e.To)}"),
            new("precision", e => e.Precision is { } p ? ClaimTime.PrecisionId(p) : ""),
            new("claim", e => $"{e.Subject.Name} {e.Relation} {e.Object?.Name}{(e.Place is null ? "" : " in " + e.Place.Name)}"),
            new("certainty", e => e.Certainty.ToId()),
            new("reported", e => Date(dates, e.Evidence.Published)),
            new("evidence", e => AnalysisQuery.Shown(e.Evidence)),
        ];
    }

    private static string Date(Dictionary<DateOnly, string> made, DateOnly? date)
    {
        if (date is not { } d) return "";
        if (!made.TryGetValue(d, out var text)) made[d] = text = AnalysisQuery.Date(d);
        return text;
    }

    /// <summary>The same columns, each cell written into the table's line.</summary>
    public static readonly TableColumn<TimelineRow>[] Columns =
    [
        new("when", When),
        new("precision", (in TimelineRow r, TableText t) => t.Append(r.Precision is { } p ? ClaimTime.PrecisionId(p) : null)),
        new("claim", Claim),
        new("certainty", (in TimelineRow r, TableText t) => t.Append(r.Certainty.ToId())),
        new("reported", (in TimelineRow r, TableText t) =>
        {
            if (r.Published is { } d) t.Append(d);
        }),
        new("evidence", (in TimelineRow r, TableText t) =>
        {
            if (r.Rejected) t.Append("[rejected] ");
            t.Append(r.Text);
        }),
    ];

    private static void When(in TimelineRow r, TableText t)
    {
        if (r.From is not { } from) t.Append("undated");
        else if (r.Time is not null) t.Append(r.Time);
        else
        {
            t.Append(from);
            t.Append("..");
            if (r.To is { } to) t.Append(to);
        }
    }

    private static void Claim(in TimelineRow r, TableText t)
    {
        t.Append(r.Subject.Name);
        t.Append(' ');
        t.Append(r.Relation);
        t.Append(' ');
        t.Append(r.Object?.Name);
        if (r.Place is null) return;
        t.Append(" in ");
        t.Append(r.Place.Name);
    }
}
