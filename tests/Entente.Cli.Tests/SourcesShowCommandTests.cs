using System.Text.Json;
using Entente.TestSupport;
using static Entente.Cli.Tests.SourcesCliHarness;

namespace Entente.Cli.Tests;

/// <summary>`entente sources show ID [--text]` on a real SQLite file: metadata in every format, and the stored text that evidence offsets point into.</summary>
public sealed class SourcesShowCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("entente.db");

    public void Dispose() => _dir.Dispose();

    private const string Markdown = "---\ntitle: Drones for Moscow\npublisher: Example Review\npublished: 2022-10-20\n---\n"
        + "Officials said on Monday that Iran delivered Shahed-136 drones to Russia in 2022. Tehran denied it.\n";

    private async Task<string> IngestAsync(string name = "drones.md", string content = Markdown)
    {
        var docs = Directory.CreateDirectory(_dir.File("docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, name), content, TestContext.Current.CancellationToken);
        var (code, _, err) = await RunAsync("ingest", docs, "--db", Db);
        Assert.True(code == 0, err);
        var (_, list, _) = await RunAsync("sources", "list", "--db", Db, "--format", "json");
        return Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_table_prints_one_field_a_line_and_the_stored_text_after_a_blank_line()
    {
        var id = await IngestAsync();

        var (code, output, _) = await RunAsync("sources", "show", id, "--db", Db, "--text");

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Matches(@"^id +" + id + "$", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^title +Drones for Moscow$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^publisher +Example Review$"));
        Assert.Contains("\n\nOfficials said on Monday that Iran delivered Shahed-136 drones to Russia in 2022.", output);
        Assert.DoesNotContain("Officials said", (await RunAsync("sources", "show", id, "--db", Db)).Out);
    }

    [Fact]
    public async Task Every_claims_evidence_offsets_slice_the_text_that_json_prints()
    {
        var id = await IngestAsync();

        var (_, shown, _) = await RunAsync("sources", "show", id, "--db", Db, "--text", "--format", "json");
        var (_, claims, _) = await RunAsync("claims", "list", "--db", Db, "--format", "json");

        var source = JsonDocument.Parse(shown).RootElement;
        var text = source.GetProperty("text").GetString()!;
        Assert.Equal(text.Length, source.GetProperty("text_length").GetInt32());
        var evidence = JsonDocument.Parse(claims).RootElement.EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.NotEmpty(evidence);
        Assert.Equal(evidence.Count, source.GetProperty("claims").GetInt32());
        Assert.All(evidence, e => Assert.Equal(e.GetProperty("text").GetString(), text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()]));
        // Without --text the JSON has no text at all, rather than an empty one.
        Assert.False(JsonDocument.Parse((await RunAsync("sources", "show", id, "--db", Db, "--format", "json")).Out).RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Original_prints_the_file_as_read_which_every_claims_original_offsets_slice_to_its_evidence_text()
    {
        var file = _dir.File("drones.txt");
        const string Text = "Drones for Moscow\nOct 20, 2022 | A. Writer\n\u201CIran\u2019s drones\u201D \u2026 Officials said on Monday that Iran delivered Shahed-136 drones to Russia in 2022.\n";
        await File.WriteAllTextAsync(file, Text, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await RunAsync("ingest", file, "--db", Db)).Code);
        var (_, list, _) = await RunAsync("sources", "list", "--db", Db, "--format", "json");
        var id = Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray()).GetProperty("id").GetString()!;

        var (code, shown, _) = await RunAsync("sources", "show", id, "--db", Db, "--original", "--format", "json");
        var (_, claims, _) = await RunAsync("claims", "list", "--db", Db, "--format", "json");

        Assert.Equal(0, code);
        var original = JsonDocument.Parse(shown).RootElement.GetProperty("original_text").GetString()!;
        Assert.Equal(Text, original);
        var evidence = JsonDocument.Parse(claims).RootElement.EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.GetProperty("text").GetString(), original[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()]));
        Assert.All(evidence, e => Assert.NotEqual(e.GetProperty("start").GetInt32(), e.GetProperty("original_start").GetInt32()));
        Assert.Equal(2, (await RunAsync("sources", "show", id, "--db", Db, "--original", "--text")).Code);
    }

    private const string Page = "<html><head><title>Drones</title></head><body><nav>Home</nav>\n<p>Officials said <b>Iran</b> delivered drones &amp; shells to Russia in 2022.</p></body></html>";

    [Fact]
    public async Task Original_on_an_html_source_is_the_page_and_each_claims_original_span_covers_its_words_there()
    {
        var id = await IngestAsync("drones.html", Page);

        var (code, shown, err) = await RunAsync("sources", "show", id, "--db", Db, "--original", "--format", "json");
        var (_, stored, _) = await RunAsync("sources", "show", id, "--db", Db, "--text", "--format", "json");
        var (_, claims, _) = await RunAsync("claims", "list", "--db", Db, "--format", "json");

        Assert.True(code == 0, err);
        var text = JsonDocument.Parse(stored).RootElement.GetProperty("text").GetString()!;
        var original = JsonDocument.Parse(shown).RootElement.GetProperty("original_text").GetString()!;
        Assert.Equal(Page, original);
        var evidence = JsonDocument.Parse(claims).RootElement.EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
        {
            // The words are the stored text's; the page's span holds them with its tags and entities.
            var words = e.GetProperty("text").GetString()!;
            Assert.Equal(words, text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()]);
            var span = original[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()];
            Assert.Equal(words, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(span, "<[^>]*>", "")));
        }
    }

    [Fact]
    public async Task Original_on_a_page_that_could_not_be_aligned_says_no_map_to_the_file_was_kept()
    {
        // Text between a table's cells is moved ahead of them by the parser: the page's order is lost, and with it the map.
        var id = await IngestAsync("drones.html", "<html><body><p>Officials said Iran delivered drones to Russia in 2022.</p><table><tr><td>a</td>b</tr></table></body></html>");

        var (code, _, err) = await RunAsync("sources", "show", id, "--db", Db, "--original");

        Assert.Equal(1, code);
        Assert.Contains("nothing stored points into the file as read", err);
    }

    [Fact]
    public async Task Original_on_a_markdown_source_is_the_file_front_matter_included_and_evidence_slices_it()
    {
        var id = await IngestAsync();

        var (code, shown, err) = await RunAsync("sources", "show", id, "--db", Db, "--original", "--format", "json");
        var (_, claims, _) = await RunAsync("claims", "list", "--db", Db, "--format", "json");

        Assert.True(code == 0, err);
        var original = JsonDocument.Parse(shown).RootElement.GetProperty("original_text").GetString()!;
        Assert.Equal(Markdown, original);
        var evidence = JsonDocument.Parse(claims).RootElement.EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.GetProperty("text").GetString(), original[e.GetProperty("original_start").GetInt32()..e.GetProperty("original_end").GetInt32()]));
    }

    [Fact]
    public async Task CSV_is_a_header_and_one_row_with_the_text_as_its_last_column()
    {
        var id = await IngestAsync();

        var (code, output, _) = await RunAsync("sources", "show", id, "--db", Db, "--text", "--format", "csv");

        Assert.Equal(0, code);
        Assert.StartsWith("id,title,author,publisher,url,published,retrieved,reliability,kind,origin,content_hash,claims,text_length,text\n", output);
        Assert.StartsWith(id + ",Drones for Moscow,,Example Review,", output.Split('\n')[1]);
        Assert.EndsWith("Tehran denied it.\n\"\n", output);
    }

    [Fact]
    public async Task An_unknown_id_is_an_error_that_says_where_to_find_the_ids()
    {
        await IngestAsync();

        var (code, _, err) = await RunAsync("sources", "show", "src-nope", "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("no source src-nope", err);
        Assert.Contains("sources list", err);
        Assert.Equal(2, (await RunAsync("sources", "show", "a", "b", "--db", Db)).Code);
    }
}
