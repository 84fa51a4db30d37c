using System.Text;

namespace Entente.Extraction.Readers;

/// <summary>
/// Caps how deeply a page's elements nest before the HTML parser sees it. The HTML5 tree builder looks through the
/// stack of open elements for each start tag, so 200,000 nested &lt;div&gt;s cost 200,000² steps; browsers stop
/// nesting at 512 (Chromium's parser limit), and so does this. Tags deeper than <see cref="MaxDepth"/> are replaced
/// by as many spaces as they had characters, their text kept: the page reads the same, only flatter, and every offset
/// in it is still the file's (the reader maps its text into the file through the flat page). One pass over the text, counting start and
/// end tags of elements that can nest (void elements, self-closed tags and those the parser closes by itself,
/// such as &lt;p&gt; and &lt;li&gt;, do not count); comments, scripts and styles are skipped whole.
/// </summary>
public static class HtmlNesting
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // closed by the next one of their kind
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    };

    /// <summary>The page with tags deeper than <see cref="MaxDepth"/> blanked, of the same length; the same string when none are.</summary>
    public static string Flatten(string html)
    {
        StringBuilder? flat = null;
        var copied = 0;
        var depth = 0;
        var i = 0;
        // The next '>' at or after i, kept between tags so that a page of '<' without '>' is still one pass.
        var nextGt = -1;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            if (nextGt < i) nextGt = html.IndexOf('>', i);
            if (nextGt < 0) break;
            var end = nextGt;
            var name = html[nameStart..nameEnd];
            var blank = false;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Their content is not markup: skip to the end tag.
                var stop = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                i = stop < 0 ? html.Length : stop + 2 + name.Length;
                continue;
            }
            if (!NotNesting.Contains(name) && !(html[end - 1] == '/' && !closing))
            {
                if (closing)
                {
                    blank = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                }
                else blank = ++depth > MaxDepth;
            }
            if (blank)
            {
                flat ??= new StringBuilder(html.Length);
                flat.Append(html, copied, i - copied).Append(' ', end + 1 - i);
                copied = end + 1;
            }
            i = end + 1;
        }
        return flat is null ? html : flat.Append(html, copied, html.Length - copied).ToString();
    }
}
