using Entente.Core.Sources;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>
/// A "---" block of "key: value" lines at the top of a Markdown or text file (title, publisher,
/// published or date, author, url, reliability). Unknown keys are ignored; a date that cannot be read is an error.
/// </summary>
public static class FrontMatter
{
    /// <summary>The metadata and the offset where the body starts, or null when the text has no front matter.</summary>
    public static (DocumentMetadata Metadata, int BodyStart)? TryRead(string text, string path)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal)) return null;
        var meta = new DocumentMetadata();
        var pos = text.IndexOf('\n') + 1;
        var line = 1;
        while (pos < text.Length)
        {
            line++;
            var next = text.IndexOf('\n', pos);
            var end = next < 0 ? text.Length : next + 1;
            var content = text[pos..end].TrimEnd('\r', '\n');
            if (content is "---" or "...") return (meta, end);
            meta = Apply(meta, content, path, line);
            pos = end;
        }
        throw new DocumentReadException(path, "front matter opened with '---' on line 1 is never closed with '---'", 1);
    }

    private static DocumentMetadata Apply(DocumentMetadata meta, string content, string path, int line)
    {
        var colon = content.IndexOf(':');
        if (colon <= 0 || content.TrimStart().Length == 0) return meta;
        var key = content[..colon].Trim().ToLowerInvariant();
        var value = Unquote(content[(colon + 1)..].Trim());
        if (value.Length == 0) return meta;
        return key switch
        {
            "title" => meta with { Title = value },
            "publisher" or "outlet" or "site" => meta with { Publisher = value },
            "author" or "by" or "authors" => meta with { Author = value },
            "url" or "link" or "source" => meta with { Url = value },
            "published" or "date" => meta with
            {
                Published = MetadataDates.Parse(value)
                    ?? throw new DocumentReadException(path, $"front matter '{key}: {value}' is not a date (use YYYY-MM-DD)", line),
            },
            "reliability" => meta with
            {
                Reliability = Reliabilities.TryParse(value, out var r) ? r
                    : throw new DocumentReadException(path, "front matter reliability: " + Reliabilities.Problem(value), line),
                ReliabilityFrom = "front matter",
            },
            _ => meta,
        };
    }

    private static string Unquote(string v) =>
        v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\'') ? v[1..^1] : v;
}
