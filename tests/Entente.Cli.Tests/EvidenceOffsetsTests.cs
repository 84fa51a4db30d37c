using System.Text.Json;
using Entente.Extraction.Normalization;
using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// `extract --format json` on the seed article: each claim's original offsets cut exactly its evidence text out of the
/// file as read, and the normalized offsets cut the same words, normalized, out of the text extraction read. The seed
/// has curly quotes and apostrophes before and inside its evidence, so the two kinds of offsets differ.
/// </summary>
public sealed class EvidenceOffsetsTests
{
    [Fact]
    public async Task Every_claim_of_the_seed_slices_the_original_file_to_exactly_its_evidence_text()
    {
        var path = SharedData.Require("eval/seed/article.txt");
        var run = await CliHarness.RunAsync("extract", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Err);
        var file = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var normalized = new DocumentReader().Read(path).Text;
        using var json = JsonDocument.Parse(run.Out);
        var evidence = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.True(evidence.Count > 50, $"the seed gave only {evidence.Count} claims");
        foreach (var e in evidence)
        {
            var (start, end) = (e.GetProperty("original_start").GetInt32(), e.GetProperty("original_end").GetInt32());
            var text = e.GetProperty("text").GetString()!;
            Assert.Equal(file[start..end], text);
            Assert.Equal(normalized[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], TextNormalizer.Normalize(text).Text);
        }
        // Not a trivial map: past the first curly quote every offset moves, and some evidence quotes curly characters.
        Assert.Contains(evidence, e => e.GetProperty("original_start").GetInt32() != e.GetProperty("start").GetInt32());
        Assert.Contains(evidence, e => e.GetProperty("text").GetString()!.Contains('\u2019'));
    }

    /// <summary>
    /// The seed as a web page (each line a paragraph, its apostrophes and quotes written as entities, a navigation bar
    /// and a link inside the text): every claim's original span is the stretch of the page that shows its words.
    /// </summary>
    [Fact]
    public async Task Every_claim_of_the_seed_as_a_web_page_covers_its_words_in_the_page()
    {
        var path = SharedData.Require("eval/seed/article.txt");
        using var dir = new TempDir();
        var lines = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Split('\n').Where(l => l.Trim().Length > 0);
        var body = string.Concat(lines.Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l).Replace("\u2019", "&rsquo;").Replace("\u201C", "&ldquo;")
            .Replace("Iran", "<a href=\"/iran\">Iran</a>") + "</p>\r\n"));
        var page = "<!doctype html>\n<html><head><title>Seed</title></head><body><nav><a href=\"/\">Home</a> &gt; Analysis</nav>\n<article>" + body + "</article></body></html>";
        var html = dir.File("seed.html");
        await File.WriteAllTextAsync(html, page, TestContext.Current.CancellationToken);

        var run = await CliHarness.RunAsync("extract", html, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var evidence = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.True(evidence.Count > 50, $"the seed page gave only {evidence.Count} claims");
        foreach (var e in evidence)
        {
            var span = page[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()];
            var shown = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(span, "<[^>]*>", ""));
            Assert.Equal(e.GetProperty("text").GetString(), TextNormalizer.Normalize(System.Text.RegularExpressions.Regex.Replace(shown, @"\s+", " ")).Text);
        }
        // Not a trivial page: some spans hold an entity, some a link's tags.
        var spans = evidence.Select(e => page[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()]).ToList();
        Assert.Contains(spans, x => x.Contains("&rsquo;", StringComparison.Ordinal));
        Assert.Contains(spans, x => x.Contains("<a href=", StringComparison.Ordinal));
    }
}
