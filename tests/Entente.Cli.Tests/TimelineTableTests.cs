using Entente.Analysis.Relations;
using Entente.Analysis.Timeline;
using Entente.Cli.Commands;
using Entente.Cli.Framework;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Cli.Tests;

/// <summary>
/// `entente timeline` writes its table's cells in place (<see cref="TimelineTable.Columns"/>) and its CSV from strings
/// (<see cref="TimelineTable.Cells"/>): the table must read as the same strings would make it, for every kind of cell.
/// </summary>
public class TimelineTableTests
{
    private static readonly EntityRef Iran = new("irn", "Iran", EntityKind.State), Russia = new("rus", "Russia", EntityKind.State),
        Syria = new("syr", "Syria", EntityKind.State);

    private static TimelineEntry Entry(DateOnly? from, DateOnly? to, TimePrecision? precision, string? time, EntityRef? obj, EntityRef? place,
        DateOnly? published, string text, bool rejected = false) =>
        new(from, to, precision, Iran, "arms-transfer", obj, place, Certainty.Reported, Phase.Occurred,
            new Evidence("c-1", "arms-transfer", text, Certainty.Reported, time, "s-1", null, null, published, Reliability.C, []) { Rejected = rejected });

    private static readonly TimelineEntry[] Entries =
    [
        Entry(new(2015, 1, 1), new(2015, 12, 31), TimePrecision.Year, "2015", Russia, Syria, new(2016, 3, 4), "Iran sent arms to Russia."),
        Entry(new(2019, 6, 1), new(2019, 6, 30), TimePrecision.Month, null, Russia, null, null, "A time without its text shows its dates."),
        Entry(new(2020, 2, 2), new(2020, 2, 2), TimePrecision.Day, "", null, null, new(987, 3, 4), "No object, and an empty time text  "),
        Entry(null, null, null, null, Russia, null, new(2021, 1, 1), "two\r\nlines\nand\u2028more", rejected: true),
        Entry(null, null, null, null, Russia, Syria, null, new string('w', 70) + " cut"),
        Entry(null, null, null, null, Russia, null, null, ""),
    ];

    private static string AsStrings(IReadOnlyList<TimelineEntry> entries)
    {
        var w = new StringWriter();
        Output.Write(w, OutputFormat.Table, entries, TimelineTable.Cells());
        return w.ToString();
    }

    private static string InPlace(IReadOnlyList<TimelineEntry> entries)
    {
        var w = new StringWriter();
        TableWriter.Write(w, entries.Count, i => TimelineRow.At(entries, i), TimelineTable.Columns);
        return w.ToString();
    }

    [Fact]
    public void The_table_written_in_place_reads_as_its_strings_would_make_it()
    {
        var table = InPlace(Entries);
        Assert.Equal(AsStrings(Entries), table);
        Assert.Contains("2019-06-01..2019-06-30", table);
        Assert.Contains("0987-03-04", table);
        Assert.Contains("[rejected] two lines and more", table);
        Assert.Contains(new string('w', 59) + "…", table);
    }

    [Fact]
    public void A_table_of_one_undated_row_and_an_empty_one_match_too()
    {
        Assert.Equal(AsStrings(Entries[3..4]), InPlace(Entries[3..4]));
        Assert.Equal(AsStrings([]), InPlace([]));
    }
}
