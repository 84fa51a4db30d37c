using System.Text;
using AngleSharp.Dom;
using Entente.Extraction.Normalization;

namespace Entente.Extraction.Readers;

/// <summary>
/// Flattens an element to text: each block element becomes its own line, runs of white space one space. Given the
/// origins of the page's text nodes, it also maps its text into the page: each character to where it stood (a
/// collapsed run of white space to its first character), each line break to just past its line's last character (past the whole entity when that was one).
/// </summary>
public sealed class HtmlBlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr",
        "address", "details", "summary", "caption",
    };

    private readonly StringBuilder _output = new();
    private readonly StringBuilder _line = new();
    private readonly List<int> _lineOrigins = [];

    /// <summary>Where each character of the line ends in the page: past its entity, if it was one.</summary>
    private readonly List<int> _lineEnds = [];
    private readonly OffsetMap.Builder _map = new();
    private readonly HtmlTextOrigins? _origins;

    private HtmlBlockText(HtmlTextOrigins? origins) => _origins = origins;

    public static string Of(IElement root) => Read(root, null, 0).Text;

    /// <summary>The text of <paramref name="root"/> and, when <paramref name="origins"/> are known, its map into the page.</summary>
    internal static (string Text, OffsetMap? ToPage) Read(IElement root, HtmlTextOrigins? origins, int pageLength)
    {
        var reader = new HtmlBlockText(origins);
        reader.Walk(root);
        reader.Flush();
        return (reader._output.ToString(), origins is null ? null : reader._map.Build(pageLength));
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                AppendCollapsed(text.Data, _origins?.Of(text));
                continue;
            }
            if (child is not IElement element) continue;
            var block = Blocks.Contains(element.LocalName);
            if (block) Flush();
            Walk(element);
            if (block) Flush();
        }
    }

    private void AppendCollapsed(string data, int[]? origins)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (_line.Length == 0 || _line[^1] == ' ') continue;
                c = ' ';
            }
            _line.Append(c);
            if (origins is null) continue;
            _lineOrigins.Add(origins[i]);
            _lineEnds.Add(origins[i + 1] > origins[i] ? origins[i + 1] : origins[i] + 1);
        }
    }

    /// <summary>Ends a line: its text, trimmed, goes out with a line break that maps to just past its last character.</summary>
    private void Flush()
    {
        var first = 0;
        var end = _line.Length;
        while (first < end && char.IsWhiteSpace(_line[first])) first++;
        while (end > first && char.IsWhiteSpace(_line[end - 1])) end--;
        if (end > first)
        {
            _output.Append(_line, first, end - first).Append('\n');
            if (_origins is not null)
            {
                for (var i = first; i < end; i++) _map.Next(_lineOrigins[i]);
                _map.Next(_lineEnds[end - 1]);
            }
        }
        _line.Clear();
        _lineOrigins.Clear();
        _lineEnds.Clear();
    }
}
