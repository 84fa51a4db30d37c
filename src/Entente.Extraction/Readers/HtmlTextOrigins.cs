using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Entente.Extraction.Readers;

/// <summary>
/// Where each character of a parsed page's text nodes stands in the page. The parser keeps no positions for text, but
/// it keeps text in the order the page has it, so one walk of the whole tree (chrome and all, before anything is
/// removed) matches each text node against the page from where the previous one ended: markup in between is skipped,
/// an entity stands for the characters it decodes to, a CR LF for the line feed the parser made of it, white space
/// the parser dropped (before &lt;html&gt;, between table rows) is passed over, and white space it added stands where
/// the page's next character is. One pass over the page and the tree.
/// Where the parser moved text out of order (text foster-parented out of a table), the match fails and the page gets
/// no map: never a wrong offset.
/// </summary>
internal sealed class HtmlTextOrigins
{
    /// <summary>Elements whose text is the page's characters as they are: no markup inside, no entities decoded.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private readonly Dictionary<IText, int[]> _origins = new(ReferenceEqualityComparer.Instance);
    private readonly string _page;
    private int _at;

    private HtmlTextOrigins(string page) => _page = page;

    /// <summary>The origins of every text node of <paramref name="document"/>, parsed from <paramref name="page"/>; null when a node does not match.</summary>
    public static HtmlTextOrigins? Align(IDocument document, string page)
    {
        var origins = new HtmlTextOrigins(page);
        return origins.Walk(document) ? origins : null;
    }

    /// <summary>
    /// Each character of <paramref name="text"/>'s data: its offset in the page (an entity's characters share the
    /// entity's), and one more: the offset just past the node's last character.
    /// </summary>
    public int[] Of(IText text) => _origins[text];

    private bool Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                var literal = node is IElement parent && RawText.Contains(parent.LocalName);
                if (!Match(text, literal)) return false;
                continue;
            }
            if (!Walk(child)) return false;
            // A template's content lives in a fragment of its own, in the page where the template stands.
            if (child is IHtmlTemplateElement template && !Walk(template.Content)) return false;
        }
        return true;
    }

    private bool Match(IText text, bool literal)
    {
        var data = text.Data;
        var origins = new int[data.Length + 1];
        // Raw text is matched as it stands, but the start tag before it is still markup.
        if (literal) SkipMarkup();
        for (var i = 0; i < data.Length;)
        {
            var matched = MatchAt(data, i, literal, out var origin);
            if (matched == 0) return false;
            origins.AsSpan(i, matched).Fill(origin);
            i += matched;
        }
        origins[^1] = _at;
        _origins[text] = origins;
        return true;
    }

    /// <summary>Matches the data from <paramref name="i"/> at the page's next text: how many data characters matched (0: none).</summary>
    private int MatchAt(string data, int i, bool literal, out int origin)
    {
        var c = data[i];
        while (true)
        {
            if (!literal && !(c == '<' && !IsMarkupAt(_at))) SkipMarkup();
            origin = _at;
            if (_at >= _page.Length) return 0;
            var p = _page[_at];
            if (p == '\r' && c == '\n')
            {
                _at += _at + 1 < _page.Length && _page[_at + 1] == '\n' ? 2 : 1;
                return 1;
            }
            if (p == '&' && !literal && Entity(data, i) is var (decoded, length) and ( > 0, > 0))
            {
                _at += length;
                return decoded;
            }
            if (p == c)
            {
                _at++;
                return 1;
            }
            if (char.IsWhiteSpace(p))
            {
                _at++;
                continue;
            }
            // White space the parser placed where the page has none (it moves and repeats white space around deep or
            // misnested tags) stands where the page's next text is: it collapses away or separates words either way.
            return char.IsWhiteSpace(c) ? 1 : 0;
        }
    }

    /// <summary>
    /// The entity at the cursor when it decodes to the data's next characters: how many of those and how long the
    /// entity is; (0, 0) when it does not (then an ampersand is matched as itself). A named entity the decoder here does
    /// not know (the HTML5 list is longer than the HTML4 one it holds) is taken to stand for the one character the parser
    /// made of it.
    /// </summary>
    private (int Decoded, int Length) Entity(string data, int i)
    {
        var end = _at + 1;
        var numeric = end < _page.Length && _page[end] == '#';
        if (numeric) end++;
        if (numeric && end < _page.Length && _page[end] is 'x' or 'X') end++;
        var nameStart = end;
        while (end < _page.Length && end - _at < 40 && char.IsAsciiLetterOrDigit(_page[end])) end++;
        if (end == nameStart) return (0, 0);
        var terminated = end < _page.Length && _page[end] == ';';
        var entity = string.Concat(_page.AsSpan(_at, end - _at), ";");
        var decoded = WebUtility.HtmlDecode(entity);
        var length = end - _at + (terminated ? 1 : 0);
        if (decoded == entity) return terminated && !numeric && data[i] != '&' ? (1, length) : (0, 0);
        return data.AsSpan(i).StartsWith(decoded, StringComparison.Ordinal) ? (decoded.Length, length) : (0, 0);
    }

    private bool IsMarkupAt(int k) =>
        k + 1 < _page.Length && _page[k] == '<' && (char.IsAsciiLetter(_page[k + 1]) || _page[k + 1] is '/' or '!' or '?');

    /// <summary>Moves the cursor past tags, comments and declarations; a quoted attribute value may hold a '&gt;'.</summary>
    private void SkipMarkup()
    {
        while (IsMarkupAt(_at))
        {
            if (_page.AsSpan(_at).StartsWith("<!--"))
            {
                var close = _page.IndexOf("-->", _at + 4, StringComparison.Ordinal);
                _at = close < 0 ? _page.Length : close + 3;
                continue;
            }
            var k = _at + 1;
            while (k < _page.Length && _page[k] != '>')
            {
                if (_page[k] == '=')
                {
                    k++;
                    while (k < _page.Length && char.IsWhiteSpace(_page[k])) k++;
                    if (k < _page.Length && _page[k] is '"' or '\'')
                    {
                        var quote = _page.IndexOf(_page[k], k + 1);
                        k = quote < 0 ? _page.Length : quote + 1;
                    }
                    continue;
                }
                k++;
            }
            _at = Math.Min(k + 1, _page.Length);
        }
    }
}
