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

    public static void Write<T>(TextWriter w, int count, Func<int, T> rowAt, IReadOnlyList<TableColumn<T>> columns)
    {
        var widths = Widths(count, rowAt, columns);
        var batch = new LineBatch(w);
        var line = batch.Line;
        for (var i = 0; i < columns.Count; i++)
        {
            var start = Separate(line, i);
            line.Append(columns[i].Header);
            Pad(line, widths, i, line.Length - start);
        }
        EndLine(batch, trimFrom: 0);
        for (var i = 0; i < widths.Length; i++)
        {
            Separate(line, i);
            line.Append('-', widths[i]);
        }
        EndLine(batch, trimFrom: null);
        for (var r = 0; r < count; r++)
        {
            var lineStart = line.Length;
            var row = rowAt(r);
            for (var i = 0; i < columns.Count; i++)
            {
                var start = Separate(line, i);
                columns[i].Write(row, line);
                Pad(line, widths, i, line.Clip(start, MaxWidth));
            }
            EndLine(batch, trimFrom: lineStart);
        }
        if (count == 0)
        {
            line.Append("(none)");
            EndLine(batch, trimFrom: null);
        }
        batch.Flush();
    }

    /// <summary>Two spaces before every column but the first; where the column's cell starts.</summary>
    private static int Separate(TableText line, int column)
    {
        if (column > 0) line.Append("  ");
        return line.Length;
    }

    /// <summary>Pads a cell of <paramref name="length"/> to its column's width, but not the last column's.</summary>
    private static void Pad(TableText line, int[] widths, int column, int length)
    {
        if (column < widths.Length - 1 && length < widths[column]) line.Append(' ', widths[column] - length);
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

    /// <summary>Ends the line, its trailing white space trimmed back to <paramref name="trimFrom"/> (where it starts) when given.</summary>
    private static void EndLine(LineBatch batch, int? trimFrom)
    {
        if (trimFrom is { } start) batch.Line.TrimEnd(start);
        batch.EndLine();
    }
}
