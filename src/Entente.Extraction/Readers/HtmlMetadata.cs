using AngleSharp.Dom;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>Title, author, publisher, date and address from Open Graph, article:*, citation_* and plain meta tags.</summary>
public static class HtmlMetadata
{
    public static DocumentMetadata From(IDocument d)
    {
        // The meta tags are collected once: each lookup used to run its own selector query over the page.
        var metas = d.QuerySelectorAll("meta").ToList();
        string? Meta(string key) => Find(metas, key);
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

    /// <summary>The content of a meta tag named by property or name, compared without case.</summary>
    private static string? Find(List<IElement> metas, string key) => metas
        .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                          || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
        ?.GetAttribute("content");

    private static string? First(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
