using System.Text;
using AngleSharp.Dom;

namespace Entente.Extraction.Readers;

/// <summary>Flattens an element to text: each block element becomes its own line, runs of white space one space.</summary>
public static class HtmlBlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr",
        "address", "details", "summary", "caption",
    };

    public static string Of(IElement root)
    {
        var output = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, output, line);
        Flush(output, line);
        return output.ToString();
    }

    private static void Walk(INode node, StringBuilder output, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                AppendCollapsed(line, text.Data);
                continue;
            }
            if (child is not IElement element) continue;
            var block = Blocks.Contains(element.LocalName);
            if (block) Flush(output, line);
            Walk(element, output, line);
            if (block) Flush(output, line);
        }
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else line.Append(c);
        }
    }

    private static void Flush(StringBuilder output, StringBuilder line)
    {
        var text = line.ToString().Trim();
        line.Clear();
        if (text.Length > 0) output.Append(text).Append('\n');
    }
}
