namespace Entente.Cli.Framework;

/// <summary>Writes one cell of a row into the line being built.</summary>
public delegate void CellWriter<T>(in T row, TableText cell);

/// <summary>A column of a table whose cells are written in place (<see cref="TableText"/>) rather than made as strings.</summary>
public sealed record TableColumn<T>(string Header, CellWriter<T> Write);

/// <summary>
/// An aligned table in two passes over the rows: the first measures each column (until it reaches the widest a cell may
/// be), the second writes the cells again, each padded to its column's width (the last one is not), long ones cut with an
/// ellipsis, the line's trailing white space trimmed. A hub's timeline is a hundred thousand rows: holding every cell at
/// once cost more (in memory, and the page faults and collections it brings) than writing each twice, and each cell is
/// written into one reused buffer, and the lines a chunk at a time, with no string made per cell or line.
/// </summary>
public static class TableWriter
{
    /// <summary>The widest a table cell is shown; longer text is cut with an ellipsis.</summary>
    public const int MaxWidth = 60;

    /// <summary>How much text is gathered before it is written: the console writer flushes every write.</summary>
    private const int Chunk = 1 << 16;

    public static void Write<T>(TextWriter w, int count, Func<int, T> rowAt, IReadOnlyList<TableColumn<T>> columns)
    {
        var widths = Widths(count, rowAt, columns);
        var line = new TableText();
        var text = new TableText();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(columns[i].Header);
            if (i < widths.Length - 1 && columns[i].Header.Length < widths[i]) line.Append(' ', widths[i] - columns[i].Header.Length);
        }
        EndLine(line, text, w, trim: true);
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append('-', widths[i]);
        }
        EndLine(line, text, w, trim: false);
        for (var r = 0; r < count; r++)
        {
            var row = rowAt(r);
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) line.Append("  ");
                var start = line.Length;
                columns[i].Write(row, line);
                var length = line.Clip(start, MaxWidth);
                if (i < widths.Length - 1 && length < widths[i]) line.Append(' ', widths[i] - length);
            }
            EndLine(line, text, w, trim: true);
        }
        if (count == 0)
        {
            line.Append("(none)");
            EndLine(line, text, w, trim: false);
        }
        w.Write(text.Span);
    }

    /// <summary>Each column's width: its header's, or its widest cell's as shown, up to <see cref="MaxWidth"/>.</summary>
    private static int[] Widths<T>(int count, Func<int, T> rowAt, IReadOnlyList<TableColumn<T>> columns)
    {
        var widths = columns.Select(c => c.Header.Length).ToArray();
        var cell = new TableText();
        for (var r = 0; r < count; r++)
        {
            var row = rowAt(r);
            for (var i = 0; i < columns.Count; i++)
            {
                if (widths[i] >= MaxWidth) continue;
                cell.Clear();
                columns[i].Write(row, cell);
                widths[i] = Math.Max(widths[i], cell.Clip(0, MaxWidth));
            }
        }
        return widths;
    }

    /// <summary>Moves the line, trimmed when asked, with the writer's line end, to the text gathered, written once a chunk is full.</summary>
    private static void EndLine(TableText line, TableText text, TextWriter w, bool trim)
    {
        if (trim) line.TrimEnd(0);
        text.Append(line.Span);
        text.Append(w.NewLine);
        line.Clear();
        if (text.Length < Chunk) return;
        w.Write(text.Span);
        text.Clear();
    }
}
