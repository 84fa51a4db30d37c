namespace Entente.Cli.Framework;

/// <summary>
/// Lines gathered in one buffer and written a chunk at a time, each chunk in one write: the console writer flushes every
/// write, and a timeline of a hub is a hundred thousand lines (CSV and aligned tables alike). Everything is written by
/// <see cref="Flush"/>, before the caller returns.
/// </summary>
internal sealed class LineBatch(TextWriter w)
{
    private const int Chunk = 1 << 16;

    /// <summary>The text gathered; the line being built is its end, from where the last line ended.</summary>
    public TableText Line { get; } = new();

    public void EndLine()
    {
        Line.Append(w.NewLine);
        if (Line.Length >= Chunk) Flush();
    }

    public void Flush()
    {
        w.Write(Line.Span);
        Line.Clear();
    }
}
