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
            batch.Line.AppendJoin(',', columns.Select(c => Csv(c.Header)));
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

    /// <summary>
    /// An aligned table in two passes over the rows: the first measures each column (until it reaches the widest a cell may
    /// be), the second computes the cells again and writes them. A hub's timeline is a hundred thousand rows, and holding
    /// every cell at once cost more in memory (and in the page faults and collections that memory brings) than computing
    /// the cells twice.
    /// </summary>
    private static void WriteTable<T>(TextWriter w, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var widths = columns.Select(c => c.Header.Length).ToArray();
        foreach (var r in rows)
            for (var i = 0; i < columns.Count; i++)
                if (widths[i] < MaxWidth) widths[i] = Math.Max(widths[i], ClippedLength(columns[i].Value(r) ?? ""));
        var batch = new LineBatch(w);
        Line(batch, widths, i => columns[i].Header);
        batch.Line.AppendJoin("  ", widths.Select(x => new string('-', x)));
        batch.EndLine();
        foreach (var r in rows) Line(batch, widths, i => Clip(columns[i].Value(r) ?? "", MaxWidth));
        if (rows.Count == 0)
        {
            batch.Line.Append("(none)");
            batch.EndLine();
        }
        batch.Flush();
    }

    /// <summary>The widest a table cell is shown; longer text is cut with an ellipsis.</summary>
    private const int MaxWidth = 60;

    /// <summary>One line of the table: each column's cell padded to its width (the last one is not), trailing white space trimmed.</summary>
    private static void Line(LineBatch batch, int[] widths, Func<int, string> cell)
    {
        var sb = batch.Line;
        for (var i = 0; i < widths.Length; i++)
        {
            var text = cell(i);
            if (i > 0) sb.Append("  ");
            sb.Append(text);
            if (i < widths.Length - 1 && text.Length < widths[i]) sb.Append(' ', widths[i] - text.Length);
        }
        batch.EndLine(trimEnd: true);
    }

    /// <summary>
    /// Lines gathered and written a few thousand at a time: the console writer flushes every write, and a timeline of a hub
    /// is a hundred thousand lines. Everything is written by <see cref="Flush"/>, before the caller returns.
    /// </summary>
    private sealed class LineBatch(TextWriter w)
    {
        private const int Chunk = 1 << 16;
        private readonly StringBuilder _text = new();

        /// <summary>The line being built, which starts where the batch's text ends.</summary>
        public StringBuilder Line => _text;

        public void EndLine(bool trimEnd = false)
        {
            if (trimEnd)
            {
                var end = _text.Length;
                while (end > 0 && char.IsWhiteSpace(_text[end - 1]) && _text[end - 1] != '\n') end--;
                _text.Length = end;
            }
            _text.Append(w.NewLine);
            if (_text.Length >= Chunk) Flush();
        }

        public void Flush()
        {
            w.Write(_text);
            _text.Clear();
        }
    }

    private static string Clip(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    /// <summary>The length of <see cref="Clip"/>'s result, without building it: only a CR LF pair shortens a text as line ends become spaces.</summary>
    private static int ClippedLength(string s) => Math.Min(s.Contains('\r') ? s.ReplaceLineEndings(" ").Length : s.Length, MaxWidth);
}
