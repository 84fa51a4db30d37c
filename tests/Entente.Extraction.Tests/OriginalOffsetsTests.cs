using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

/// <summary>
/// A plain-text document keeps the file as read beside its normalized text, and evidence cut from the normalized text
/// carries the file's offsets and the file's own words: past front matter, rewritten quotes, a CRLF and an ellipsis.
/// </summary>
public sealed class OriginalOffsetsTests
{
    private const string File = "---\r\ntitle: Drones\r\n---\r\n\u201CIran\u2019s drones\u201D \u2026 reached Russia.\r\nTehran\u00A0denied it.\r\n";

    private static Documents.Document Read(string name, string content, TempDir dir)
    {
        var path = dir.File(name);
        System.IO.File.WriteAllText(path, content);
        return new DocumentReader().Read(path);
    }

    [Fact]
    public void Evidence_in_a_text_file_points_into_the_file_and_quotes_its_words()
    {
        using var dir = new TempDir();
        var doc = Read("drones.txt", File, dir);
        Assert.Equal(File, doc.OriginalText);

        foreach (var words in new[] { "\"Iran's drones\"", "reached Russia.", "Tehran denied it." })
        {
            var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
            var evidence = doc.Evidence(start, start + words.Length);
            var slice = File[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value];
            Assert.Equal(slice, evidence.Text);
            Assert.Equal(words, Normalization.TextNormalizer.Normalize(slice).Text);
        }
        Assert.Equal("reached Russia.", doc.Evidence(doc.Text.IndexOf("reached", StringComparison.Ordinal), doc.Text.IndexOf('\n', doc.Text.IndexOf("reached", StringComparison.Ordinal))).Text);
    }

    private const string Markdown = "---\ntitle: Drones\n---\n# Drones\n\nThe **IRGC** sent [drones](http://x.example) to Russia.\nMoscow\u2019s army  used them.\n\n- `Tehran` denied it\n";

    [Theory]
    [InlineData("Drones", "Drones")]
    [InlineData("The IRGC sent drones to Russia.", "The **IRGC** sent [drones](http://x.example) to Russia.")]
    [InlineData("Moscow's army  used them.", "Moscow\u2019s army  used them.")]
    [InlineData("Russia. Moscow's", "Russia.\nMoscow\u2019s")]
    [InlineData("Tehran denied it", "Tehran` denied it")]
    public void Evidence_in_a_markdown_file_points_into_the_file_past_its_markup(string words, string original)
    {
        using var dir = new TempDir();
        var doc = Read("drones.md", Markdown, dir);
        Assert.Equal(Markdown, doc.OriginalText);

        var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in the text: {doc.Text}");
        var evidence = doc.Evidence(start, start + words.Length);
        Assert.Equal(original, Markdown[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value]);
        Assert.Equal(original, evidence.Text);
    }

    private const string Page =
        "<!DOCTYPE html>\r\n<html><head><title>Drones</title><script>if (a<b) x = '&amp;';</script></head>\r\n<body><nav>Home &gt; News</nav>\r\n" +
        "<article><h1>Drones</h1><p><b>Iran&rsquo;s</b> drones   reached <a href=\"/r\" title=\"a>b\">Russia</a> &amp; Belarus.</p>\r\n" +
        "<p>Tehran&nbsp;denied it on Monday &#8230; twice.<button>Share</button></p></article></body></html>";

    /// <summary>What a browser shows of a slice of the page: tags dropped, entities decoded, white space collapsed; then normalized as extraction does.</summary>
    private static string Shown(string html) =>
        Normalization.TextNormalizer.Normalize(System.Text.RegularExpressions.Regex.Replace(
            System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, """<(?:[^>"']|"[^"]*"|'[^']*')*>""", "")), @"[ \t\r\n]+", " ")).Text;

    [Theory]
    [InlineData("Drones", "Drones")]
    [InlineData("Iran's drones reached Russia & Belarus.", "Iran&rsquo;s</b> drones   reached <a href=\"/r\" title=\"a>b\">Russia</a> &amp; Belarus.")]
    [InlineData("Russia & Belarus", "Russia</a> &amp; Belarus")]
    [InlineData("Tehran denied it on Monday ... twice.", "Tehran&nbsp;denied it on Monday &#8230; twice.")]
    public void Evidence_in_a_web_page_carries_the_span_of_the_page_that_covers_its_words(string words, string original)
    {
        using var dir = new TempDir();
        var doc = Read("drones.html", Page, dir);
        Assert.Equal(Page, doc.OriginalText);
        Assert.True(doc.OriginalIsMarkup);

        var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in the text: {doc.Text}");
        var evidence = doc.Evidence(start, start + words.Length);
        var slice = Page[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value];

        Assert.Equal(original, slice);
        Assert.Equal(words, evidence.Text);
        Assert.Equal(words, Shown(slice));
    }

    [Fact]
    public void A_page_too_deep_for_the_parser_still_maps_into_the_file()
    {
        using var dir = new TempDir();
        var deep = string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth + 20));
        var page = "<html><body>" + deep + "<p>Iran &amp; Russia signed a pact.</p>" + deep.Replace("<div>", "</div>") + "</body></html>";
        var doc = Read("deep.html", page, dir);

        var start = doc.Text.IndexOf("Iran", StringComparison.Ordinal);
        var evidence = doc.Evidence(start, doc.Text.IndexOf('\n', start));

        Assert.Equal("Iran &amp; Russia signed a pact.", page[evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value]);
    }

    [Fact]
    public void A_page_whose_parser_moved_text_out_of_order_keeps_no_map_rather_than_a_wrong_one()
    {
        using var dir = new TempDir();
        // Text inside a table row but outside a cell is moved before the table by the parser, ahead of the cell's text.
        var doc = Read("table.html", "<html><body><p>Iran and Russia met.</p><table><tr><td>cell</td>Stray words</tr></table></body></html>", dir);
        Assert.Null(doc.OriginalText);

        var start = doc.Text.IndexOf("Iran", StringComparison.Ordinal);
        var evidence = doc.Evidence(start, start + 4);

        Assert.Equal("Iran", evidence.Text);
        Assert.Null(evidence.OriginalStart);
    }

    private static readonly Lazy<Pipeline.ExtractionPipeline> Extraction = new(() => Pipeline.ExtractionPipeline.CreateDefault(Knowledge.KnowledgeBase.Load()));

    [Fact]
    public void Every_claim_of_the_sample_web_page_covers_its_words_in_the_page()
    {
        var path = Path.Combine(SharedData.RepoRoot, "samples", "corpus", "15-russia-syria-bases.html");
        var doc = new DocumentReader().Read(path);
        var page = System.IO.File.ReadAllText(path);
        Assert.Equal(page, doc.OriginalText);

        var claims = Extraction.Value.Extract(doc).Claims;

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(c.Evidence.Text, Shown(page[c.Evidence.OriginalStart!.Value..c.Evidence.OriginalEnd!.Value])));
    }

    [Fact]
    public void Evidence_in_a_pdf_points_into_the_page_text_its_reader_gives_and_quotes_it()
    {
        using var dir = new TempDir();
        var path = dir.File("report.pdf");
        System.IO.File.WriteAllBytes(path, ReadersPdfTests.MakePdf("Shells", "North Korea sent shells to Russia.", "Russia denied it."));
        var doc = new DocumentReader().Read(path);
        Assert.Equal("North Korea sent shells to Russia.\nRussia denied it.\n", doc.OriginalText);
        Assert.False(doc.OriginalIsMarkup);

        var start = doc.Text.IndexOf("Russia denied", StringComparison.Ordinal);
        var evidence = doc.Evidence(start, start + "Russia denied it.".Length);

        Assert.Equal("Russia denied it.", evidence.Text);
        Assert.Equal("Russia denied it.", doc.OriginalText![evidence.OriginalStart!.Value..evidence.OriginalEnd!.Value]);
    }
}
