using AngleSharp.Dom;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>Title, author, publisher, date and address from Open Graph, article:*, citation_* and plain meta tags.</summary>
public static class HtmlMetadata
{
    public static DocumentMetadata From(IDocument d) => new()
    {
        Title = First(Meta(d, "og:title"), Meta(d, "citation_title"), Meta(d, "twitter:title"), d.Title, d.QuerySelector("h1")?.TextContent),
        Author = First(Meta(d, "author"), Meta(d, "citation_author"), Meta(d, "article:author") is { } a && !a.StartsWith("http", StringComparison.Ordinal) ? a : null,
            d.QuerySelector("[rel=author]")?.TextContent),
        Publisher = First(Meta(d, "og:site_name"), Meta(d, "citation_publisher"), Meta(d, "citation_journal_title"), Meta(d, "publisher")),
        Published = MetadataDates.Parse(First(
            Meta(d, "article:published_time"), Meta(d, "citation_publication_date"), Meta(d, "citation_date"),
            Meta(d, "date"), Meta(d, "dc.date"), Meta(d, "pubdate"), d.QuerySelector("time[datetime]")?.GetAttribute("datetime"))),
        Url = First(Meta(d, "og:url"), d.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(d, "citation_public_url")),
    };

    /// <summary>The content of a meta tag named by property or name, compared without case.</summary>
    private static string? Meta(IDocument d, string key) => d.QuerySelectorAll("meta")
        .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                          || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
        ?.GetAttribute("content");

    private static string? First(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
