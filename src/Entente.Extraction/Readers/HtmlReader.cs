using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>
/// The main content of a web page as prose, one line per block element: the page chrome (navigation,
/// headers, footers, asides, scripts, styles, forms, cookie banners) is dropped, and an &lt;article&gt;
/// or &lt;main&gt; is preferred to the whole body. Metadata comes from the page's meta tags.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private const string Chrome =
        "nav, aside, script, style, noscript, form, template, iframe, svg, canvas, button, select, textarea, dialog, " +
        "[role=navigation], [role=complementary], [role=search], [aria-hidden=true], [hidden]";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    /// <summary>
    /// One parser for every page this reader reads: a new parser builds a whole browsing configuration and forgets the
    /// selectors it parsed, which cost as much as parsing a short page. The parser's context is not safe to share
    /// between threads, so a page is read start to finish under a lock.
    /// </summary>
    private HtmlParser? _parser;
    private readonly Lock _gate = new();

    public RawDocument Read(byte[] bytes, string path)
    {
        var html = HtmlNesting.Flatten(Utf8Text.Decode(bytes, path));
        DocumentMetadata metadata;
        string text;
        lock (_gate)
        {
            var document = (_parser ??= new HtmlParser()).ParseDocument(html);
            metadata = HtmlMetadata.From(document, path);
            RemoveChrome(document);
            var root = ContentRoot(document);
            text = root is null ? "" : HtmlBlockText.Of(root);
        }
        if (text.Trim().Length == 0)
            throw new DocumentReadException(path, "the page has no readable text in its main content (is it rendered by script?)");
        return new RawDocument(text, metadata);
    }

    private static void RemoveChrome(IDocument document)
    {
        foreach (var e in document.QuerySelectorAll(Chrome).ToList()) e.Remove();
        // A header inside an article holds its title and byline; the page's own header and footer do not.
        foreach (var e in document.QuerySelectorAll("header, footer, [role=banner], [role=contentinfo]").ToList())
            if (e.LocalName == "footer" || e.Closest("article") is null) e.Remove();
        foreach (var e in document.QuerySelectorAll("[id], [class]").ToList())
            if (IsCookieBanner(e)) e.Remove();
    }

    private static bool IsCookieBanner(IElement e)
    {
        if (e.LocalName is "html" or "body" or "main" or "article") return false;
        var marks = (e.Id ?? "") + " " + (e.GetAttribute("class") ?? "");
        return marks.Contains("cookie", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("consent", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("gdpr", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The longest article, else main, else the body.</summary>
    private static IElement? ContentRoot(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Where(a => a.Closest("article") == a && a.ParentElement?.Closest("article") is null)
            .MaxBy(a => a.TextContent.Trim().Length);
        if (article is not null && article.TextContent.Trim().Length > 0) return article;
        return document.QuerySelector("main, [role=main]") ?? document.Body;
    }
}
