using System.Text;
using Entente.Extraction.Normalization;

namespace Entente.Extraction.Readers;

/// <summary>
/// Where each character of <see cref="MarkdownReader"/>'s prose came from in the file. The reader builds a paragraph
/// before it knows how much of its edges to trim, so the origins of the paragraph's characters are kept beside it and
/// written to the map when the paragraph is flushed. Linear in the text: one integer per character of a paragraph.
/// </summary>
internal sealed class MarkdownMap
{
    private readonly OffsetMap.Builder _builder = new();
    private readonly List<int> _origins = [];

    /// <summary>True when a stripped line could not be aligned with its source: the document then has no map.</summary>
    public bool Failed { get; private set; }

    /// <summary>A prose span copied as it is: its characters come from consecutive offsets.</summary>
    public void Copy(StringBuilder paragraph, ReadOnlySpan<char> span, int start)
    {
        paragraph.Append(span);
        for (var i = 0; i < span.Length; i++) _origins.Add(start + i);
    }

    /// <summary>The space that joins a paragraph's lines stands for the line break before the next line.</summary>
    public void Joiner(StringBuilder paragraph, int lineBreak)
    {
        paragraph.Append(' ');
        _origins.Add(lineBreak);
    }

    /// <summary>
    /// A line whose markup was stripped: each kept character is found in the source from where the previous one was,
    /// a space standing also for the table bar it replaced. A character not found fails the map (never a wrong offset).
    /// </summary>
    public void Aligned(StringBuilder paragraph, string kept, string source, int from, int to)
    {
        paragraph.Append(kept);
        var k = from;
        foreach (var c in kept)
        {
            while (k < to && source[k] != c && !(c == ' ' && source[k] == '|')) k++;
            if (k == to)
            {
                Failed = true;
                _origins.Add(Math.Max(from, to - 1));
                continue;
            }
            _origins.Add(k++);
        }
    }

    /// <summary>The paragraph's characters from <paramref name="first"/> to <paramref name="end"/> were written, then a line break.</summary>
    public void Flushed(int first, int end)
    {
        for (var i = first; i < end; i++) _builder.Next(_origins[i]);
        if (end > first) _builder.Next(_origins[end - 1] + 1);
        _origins.Clear();
    }

    public OffsetMap Build(int fileLength) => _builder.Build(fileLength);
}
