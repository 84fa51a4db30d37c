using System.Buffers;

namespace Entente.Cli.Framework;

/// <summary>
/// Text built in one reused buffer: the lines a <see cref="LineBatch"/> gathers, into which a table's column writes its
/// cell piece by piece (<see cref="CellWriter{T}"/>) instead of returning a string, since a hub's timeline is a hundred
/// thousand rows of six cells, each made twice (to measure the columns, then to write them).
/// </summary>
public sealed class TableText
{
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    private char[] _chars = new char[256];

    public int Length { get; private set; }

    internal ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(string? text) => Append(text.AsSpan());

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Room(text.Length));
        Length += text.Length;
    }

    public void Append(char c, int repeat = 1)
    {
        Room(repeat).Slice(0, repeat).Fill(c);
        Length += repeat;
    }

    /// <summary>
    /// A date as yyyy-MM-dd, as <c>AnalysisQuery.Date</c> prints it (a year has four digits, 1 to 9999), digit by digit:
    /// formatting it by pattern, a hundred thousand times a table, was a twentieth of a hub's timeline.
    /// </summary>
    public void Append(DateOnly date)
    {
        date.Deconstruct(out var year, out var month, out var day);
        var to = Room(10);
        Digits(to[..4], year);
        to[4] = '-';
        Digits(to.Slice(5, 2), month);
        to[7] = '-';
        Digits(to.Slice(8, 2), day);
        Length += 10;
    }

    private static void Digits(Span<char> to, int value)
    {
        for (var i = to.Length - 1; i >= 0; i--, value /= 10) to[i] = (char)('0' + value % 10);
    }

    internal void Clear() => Length = 0;

    /// <summary>
    /// The text from <paramref name="start"/> as a table shows a cell: every line end a space (as
    /// <see cref="string.ReplaceLineEndings(string)"/> makes it, a CR LF pair one space), cut to <paramref name="max"/>
    /// characters with an ellipsis. Its length after.
    /// </summary>
    internal int Clip(int start, int max)
    {
        var cell = _chars.AsSpan(start, Length - start);
        if (cell.IndexOfAny(LineEnds) >= 0)
        {
            var kept = 0;
            for (var i = 0; i < cell.Length; i++)
            {
                var c = cell[i];
                if (LineEnds.Contains(c))
                {
                    if (c == '\r' && i + 1 < cell.Length && cell[i + 1] == '\n') i++;
                    c = ' ';
                }
                cell[kept++] = c;
            }
            Length = start + kept;
        }
        if (Length - start > max)
        {
            _chars[start + max - 1] = '…';
            Length = start + max;
        }
        return Length - start;
    }

    /// <summary>Trims white space from the end of the text, back to <paramref name="start"/>.</summary>
    internal void TrimEnd(int start)
    {
        while (Length > start && char.IsWhiteSpace(_chars[Length - 1])) Length--;
    }

    private Span<char> Room(int needed)
    {
        if (Length + needed > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
        return _chars.AsSpan(Length);
    }
}
