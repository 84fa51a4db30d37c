namespace Entente.Web.Tests;

/// <summary>
/// An uploaded text file with curly quotes and an ellipsis: the source reader's data carries the file as read, and every
/// claim's evidence points into it by its original offsets and quotes its words; the sentence shown with a claim and the
/// review passage are cut from it too, so the reader sees the article's own characters.
/// </summary>
public sealed class OriginalTextApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private const string File = "Drone deliveries\nMar 3, 2023 | A. Writer\n\u201CWe saw them\u201D \u2026 In 2023, Iran supplied Shahed-136 drones to Russia, officials said.\n";

    [Fact]
    public async Task The_source_reader_gets_the_file_as_read_and_evidence_that_slices_it()
    {
        var id = await fx.Client.UploadTextAsync("deliveries.txt", File);

        var source = await fx.Client.GetJsonAsync($"/api/sources/{id}");

        Assert.Equal(File, source.Str("original_text"));
        Assert.DoesNotContain('\u201C', source.Str("text"));
        var claims = source.GetProperty("claims").Items().ToList();
        Assert.NotEmpty(claims);
        foreach (var c in claims)
        {
            var e = c.GetProperty("evidence");
            Assert.Equal(File[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()], e.Str("text"));
            Assert.Contains(e.Str("text"), c.Str("sentence"));
        }
        Assert.All(source.GetProperty("mentions").Items(), m =>
            Assert.Equal(m.Str("text"), File[m.GetProperty("original_start").GetInt32()..m.GetProperty("original_end").GetInt32()]));
    }

    [Fact]
    public async Task A_web_page_is_read_in_its_stored_text_while_evidence_keeps_the_span_of_the_page_that_covers_it()
    {
        const string Page = "<html><body><nav>Home</nav><p>In 2023, <b>Iran</b> supplied Shahed-136 drones &amp; shells to Russia, officials said.</p></body></html>";
        var id = await fx.Client.UploadTextAsync("deliveries.html", Page);

        var source = await fx.Client.GetJsonAsync($"/api/sources/{id}");

        // The reader shows the stored text: the page's markup is no text to read.
        Assert.False(source.TryGetProperty("original_text", out var original) && original.ValueKind != System.Text.Json.JsonValueKind.Null);
        var text = source.Str("text");
        var claims = source.GetProperty("claims").Items().ToList();
        Assert.NotEmpty(claims);
        foreach (var c in claims)
        {
            var e = c.GetProperty("evidence");
            Assert.Equal(text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], e.Str("text"));
            Assert.Contains(e.Str("text"), c.Str("sentence"));
            var span = Page[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()];
            Assert.Equal(e.Str("text"), System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(span, "<[^>]*>", "")));
        }
    }
}
