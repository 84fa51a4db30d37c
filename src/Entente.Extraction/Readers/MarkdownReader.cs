using System.Text;
using System.Text.RegularExpressions;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>
/// Markdown stripped to prose: one line per paragraph, heading or list item; emphasis, links, images,
/// inline code and HTML tags reduced to their text; fenced code, rules and link definitions dropped. Every character
/// kept is a character of the file (or a space for a line break or a table bar), so the text maps back into the file:
/// prose lines are copied as runs, and a line whose inline markup was stripped is aligned with its source character by
/// character (what is kept is a subsequence of the line).
/// </summary>
public sealed partial class MarkdownReader : IFormatReader
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public RawDocument Read(byte[] bytes, string path)
    {
        var text = Utf8Text.Decode(bytes, path);
        var meta = new DocumentMetadata();
        var bodyStart = 0;
        if (FrontMatter.TryRead(text, path) is { } fm)
        {
            meta = fm.Metadata;
            bodyStart = fm.BodyStart;
        }
        var map = new MarkdownMap();
        var body = ToPlainText(text, bodyStart, map);
        if (meta.Title is null && FirstHeading().Match(text[bodyStart..]) is { Success: true } h) meta = meta with { Title = Inline(h.Groups[1].Value) };
        // A wire report's dateline ("Beirut, 12 May 2023: …") dates a text whose front matter gives no date.
        if (meta.Published is null && Time.Dateline.DateOfText(body) is { } date) meta = meta with { Published = date };
        return map.Failed ? new RawDocument(body, meta) : new RawDocument(body, meta) { File = text, ToFile = map.Build(text.Length) };
    }

    public static string ToPlainText(string markdown) => ToPlainText(markdown, 0, new MarkdownMap());

    /// <summary>
    /// The text from <paramref name="start"/> on as plain lines. Lines are read as spans of the text: a line of plain
    /// prose (most lines) goes into its paragraph without becoming a string of its own; other lines take the string path.
    /// </summary>
    private static string ToPlainText(string markdown, int start, MarkdownMap map)
    {
        var output = new StringBuilder(markdown.Length - start);
        var paragraph = new StringBuilder();
        var inFence = false;
        for (var pos = start; pos <= markdown.Length;)
        {
            var lineStart = pos;
            var newline = markdown.IndexOf('\n', pos);
            var lineEnd = newline < 0 ? markdown.Length : newline;
            var span = markdown.AsSpan(pos, lineEnd - pos).TrimEnd('\r');
            pos = lineEnd + 1;
            if (!inFence && span.Length > 0 && IsPlainProse(span))
            {
                if (paragraph.Length > 0) map.Joiner(paragraph, lineStart - 1);
                var trimmed = span.Trim();
                var trimmedStart = lineStart + (span.Length - span.TrimStart().Length);
                if (trimmed.IndexOfAny(InlineMarks) < 0) map.Copy(paragraph, trimmed, trimmedStart);
                else map.Aligned(paragraph, Inline(trimmed.ToString()), markdown, trimmedStart, trimmedStart + trimmed.Length);
                continue;
            }
            var line = span.ToString();
            if (Fence().IsMatch(line))
            {
                Flush(output, paragraph, map);
                inFence = !inFence;
                continue;
            }
            if (inFence) continue;
            if (line.Trim().Length == 0 || Rule().IsMatch(line) || LinkDefinition().IsMatch(line) || TableRule().IsMatch(line))
            {
                Flush(output, paragraph, map);
                continue;
            }
            var block = BlockPrefix().Match(line);
            var content = line[block.Length..];
            // A heading, list item or quote starts its own line; a plain line continues the paragraph.
            if (block.Length > 0 && block.Value.Trim().Length > 0) Flush(output, paragraph, map);
            if (paragraph.Length > 0) map.Joiner(paragraph, lineStart - 1);
            map.Aligned(paragraph, Inline(content.Replace('|', ' ').Trim()), markdown, lineStart + block.Length, lineStart + line.Length);
            if (block.Value.Contains('#')) Flush(output, paragraph, map);
        }
        Flush(output, paragraph, map);
        return output.ToString();
    }

    /// <summary>A line that starts with a letter and has no table bar cannot open a block, a fence, a rule or a table row.</summary>
    private static bool IsPlainProse(ReadOnlySpan<char> line) => char.IsLetter(line[0]) && !line.Contains('|');

    /// <summary>Ends a paragraph: its text, trimmed, becomes one output line; copied across without an intermediate string.</summary>
    private static void Flush(StringBuilder output, StringBuilder paragraph, MarkdownMap map)
    {
        var first = 0;
        var end = paragraph.Length;
        while (first < end && char.IsWhiteSpace(paragraph[first])) first++;
        while (end > first && char.IsWhiteSpace(paragraph[end - 1])) end--;
        if (end > first)
        {
            output.Append(paragraph, first, end - first).Append('\n');
            map.Flushed(first, end);
        }
        else map.Flushed(0, 0);
        paragraph.Clear();
    }

    private static readonly System.Buffers.SearchValues<char> InlineMarks = System.Buffers.SearchValues.Create("[`<*_~\\#!");

    private static string Inline(string s)
    {
        // Most prose lines carry no markup: skip the regexes for them.
        if (s.AsSpan().IndexOfAny(InlineMarks) < 0) return s;
        s = Image().Replace(s, "$1");
        s = Link().Replace(s, "$1");
        s = HtmlTag().Replace(s, "");
        s = Code().Replace(s, "$1");
        s = Emphasis().Replace(s, "$2");
        s = UnderscoreEmphasis().Replace(s, "$2");
        s = ClosingHashes().Replace(s, "");
        return Escape().Replace(s, "$1");
    }

    [GeneratedRegex(@"^\s*(```|~~~)")] private static partial Regex Fence();
    [GeneratedRegex(@"^\s{0,3}([-*_]\s*){3,}$")] private static partial Regex Rule();
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s+\S")] private static partial Regex LinkDefinition();
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")] private static partial Regex TableRule();
    [GeneratedRegex(@"^(\s*(>\s?|#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+))*")] private static partial Regex BlockPrefix();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", RegexOptions.Multiline)] private static partial Regex FirstHeading();
    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])")] private static partial Regex Link();
    [GeneratedRegex(@"</?[A-Za-z][^>]*>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"`+([^`]+)`+")] private static partial Regex Code();
    [GeneratedRegex(@"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1")] private static partial Regex Emphasis();
    [GeneratedRegex(@"(?<!\w)(__?)(?=\S)(.+?)(?<=\S)\1(?!\w)")] private static partial Regex UnderscoreEmphasis();
    [GeneratedRegex(@"\s+#+\s*$")] private static partial Regex ClosingHashes();
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>])")] private static partial Regex Escape();
}
