using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>
/// The main content of a web page as prose, one line per block element: the page chrome (navigation,
/// headers, footers, asides, scripts, styles, forms, cookie banners) is dropped, and an &lt;article&gt;
/// or &lt;main&gt; is preferred to the whole body. Metadata comes from the page's meta tags. The text keeps a map into
/// the page as read (see <see cref="HtmlTextOrigins"/>): evidence carries the span of the page that covers it, markup
/// and entities included, while its words stay the text's (the page's slice is HTML, not a quote).
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
        var page = Utf8Text.Decode(bytes, path);
        // The flat page has the file's length and offsets (deep tags are blanked, not cut), so a map into it is one into the file.
        var html = HtmlNesting.Flatten(page);
        DocumentMetadata metadata;
        string text;
        Normalization.OffsetMap? toPage;
        lock (_gate)
        {
            var document = (_parser ??= new HtmlParser()).ParseDocument(html);
            metadata = HtmlMetadata.From(document, path);
            // Aligned before the chrome goes: every text node is matched in page order, kept or not.
            var origins = HtmlTextOrigins.Align(document, html);
            RemoveChrome(document);
            var root = ContentRoot(document);
            (text, toPage) = root is null ? ("", null) : HtmlBlockText.Read(root, origins, html.Length);
        }
        if (text.Trim().Length == 0)
            throw new DocumentReadException(path, "the page has no readable text in its main content (is it rendered by script?)");
        return toPage is null ? new RawDocument(text, metadata) : new RawDocument(text, metadata) { File = page, ToFile = toPage, FileIsMarkup = true };
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
