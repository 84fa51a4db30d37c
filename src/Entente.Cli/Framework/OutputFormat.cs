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
                w.WriteLine(CliJson.Serialize(rows.Select(r => json is null ? (object)r! : json(r)).ToList()));
                break;
            case OutputFormat.Jsonl:
                foreach (var r in rows) w.WriteLine(CliJson.Serialize(json is null ? (object)r! : json(r)));
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
        var batch = new LineBatch(w);
        if (header)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) batch.Line.Append(',');
                batch.Line.Append(Csv(columns[i].Header));
            }
            batch.EndLine();
        }
        foreach (var r in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) batch.Line.Append(',');
                batch.Line.Append(Csv(columns[i].Value(r)));
            }
            batch.EndLine();
        }
        batch.Flush();
    }

    /// <summary>A CSV cell, quoted and made inert for spreadsheets as every CSV export is.</summary>
    public static string Csv(string? value) => Interchange.Formats.Csv.CsvCell.Of(value);

    /// <summary>An aligned table (<see cref="TableWriter"/>) of cells read as strings.</summary>
    private static void WriteTable<T>(TextWriter w, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns) =>
        TableWriter.Write(w, rows.Count, i => rows[i], [.. columns.Select(c => new TableColumn<T>(c.Header, (in T r, TableText cell) => cell.Append(c.Value(r))))]);
}
