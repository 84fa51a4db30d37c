using AngleSharp.Dom;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>Title, author, publisher, date and address from Open Graph, article:*, citation_* and plain meta tags.</summary>
public static class HtmlMetadata
{
    /// <param name="path">The file, for the error a reliability that is not a letter from A to F gives.</param>
    public static DocumentMetadata From(IDocument d, string path)
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
            Reliability = Reliability(Meta("reliability"), path),
            ReliabilityFrom = Meta("reliability") is null ? null : "meta tag",
        };
    }

    /// <summary>An analyst who tags a page with a rating means it; a tag that is not A to F is an error, not a silent F.</summary>
    private static Core.Sources.Reliability? Reliability(string? value, string path) =>
        value is null ? null
        : Core.Sources.Reliabilities.TryParse(value, out var r) ? r
        : throw new DocumentReadException(path, "<meta name=\"reliability\">: " + Core.Sources.Reliabilities.Problem(value));

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
