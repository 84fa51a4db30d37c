using AngleSharp.Dom;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>Title, author, publisher, date and address from Open Graph, article:*, citation_* and plain meta tags.</summary>
public static class HtmlMetadata
{
    public static DocumentMetadata From(IDocument d)
    {
        // The meta tags are indexed once: each lookup used to run its own selector query, then its own scan of every tag.
        var metas = Index(d.QuerySelectorAll("meta"));
        string? Meta(string key) => metas.GetValueOrDefault(key);
        return new()
        {
            Title = First(Meta("og:title"), Meta("citation_title"), Meta("twitter:title"), d.Title, d.QuerySelector("h1")?.TextContent),
            Author = First(Meta("author"), Meta("citation_author"), Meta("article:author") is { } a && !a.StartsWith("http", StringComparison.Ordinal) ? a : null,
                d.QuerySelector("[rel=author]")?.TextContent),
            Publisher = First(Meta("og:site_name"), Meta("citation_publisher"), Meta("citation_journal_title"), Meta("publisher")),
            Published = MetadataDates.Parse(First(
                Meta("article:published_time"), Meta("citation_publication_date"), Meta("citation_date"),
                Meta("date"), Meta("dc.date"), Meta("pubdate"), d.QuerySelector("time[datetime]")?.GetAttribute("datetime"))),
            Url = First(Meta("og:url"), d.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta("citation_public_url")),
        };
    }

    /// <summary>The content of each meta tag by its property and by its name, compared without case; the first tag
    /// in the page that carries a key gives its content (null when it has none).</summary>
    private static Dictionary<string, string?> Index(IEnumerable<IElement> metas)
    {
        var index = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in metas)
        {
            var content = m.GetAttribute("content");
            if (m.GetAttribute("property") is { } property) index.TryAdd(property, content);
            if (m.GetAttribute("name") is { } name) index.TryAdd(name, content);
        }
        return index;
    }

    private static string? First(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
