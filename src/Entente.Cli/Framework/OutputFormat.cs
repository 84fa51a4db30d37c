using System.Text;
using Entente.Core.Serialization;

namespace Entente.Cli.Framework;

public enum OutputFormat { Table, Json, Csv, Jsonl }

/// <summary>A column of tabular output: its header and how to read it from a row.</summary>
public sealed record Column<T>(string Header, Func<T, string?> Value);

/// <summary>Writes rows as an aligned table, CSV (RFC 4180) or JSON, the same data in each.</summary>
public static class Output
{
    public static readonly OptionSpec FormatOption = new("format", "table, json or csv (default table)");

    public static OutputFormat Format(ParsedArgs args, params OutputFormat[] allowed)
    {
        var v = args.Get("format") ?? "table";
        if (Enum.TryParse<OutputFormat>(v, ignoreCase: true, out var f) && (allowed.Length == 0 ? f != OutputFormat.Jsonl : allowed.Contains(f)))
            return f;
        var names = allowed.Length == 0 ? "table, json, csv" : string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant()));
        throw new UsageException($"--format must be one of {names}, not '{v}'");
    }

    public static void Write<T>(TextWriter w, OutputFormat format, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, Func<T, object>? json = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                w.WriteLine(EntenteJson.Serialize(rows.Select(r => json is null ? (object)r! : json(r)).ToList()));
                break;
            case OutputFormat.Jsonl:
                foreach (var r in rows) w.WriteLine(EntenteJson.Serialize(json is null ? (object)r! : json(r)));
                break;
            case OutputFormat.Csv:
                WriteCsv(w, rows, columns, header: true);
                break;
            default:
                WriteTable(w, rows, columns);
                break;
        }
    }

    /// <summary>CSV rows; without the header when a printer streams several batches into one table.</summary>
    public static void WriteCsv<T>(TextWriter w, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, bool header)
    {
        if (header) w.WriteLine(string.Join(",", columns.Select(c => Csv(c.Header))));
        foreach (var r in rows) w.WriteLine(string.Join(",", columns.Select(c => Csv(c.Value(r)))));
    }

    /// <summary>A CSV cell, quoted and made inert for spreadsheets as every CSV export is.</summary>
    public static string Csv(string? value) => Interchange.Formats.Csv.CsvCell.Of(value);

    private static void WriteTable<T>(TextWriter w, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        const int maxWidth = 60;
        var cells = rows.Select(r => columns.Select(c => Clip(c.Value(r) ?? "", maxWidth)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(x => x[i].Length))).ToArray();
        w.WriteLine(Line(columns.Select(c => c.Header).ToArray(), widths));
        w.WriteLine(string.Join("  ", widths.Select(x => new string('-', x))));
        foreach (var row in cells) w.WriteLine(Line(row, widths));
        if (rows.Count == 0) w.WriteLine("(none)");
    }

    private static string Line(string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append("  ");
            sb.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        return sb.ToString().TrimEnd();
    }

    private static string Clip(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
