using System.Text.Json;
using Entente.Analysis.Briefing;
using Entente.Storage;

namespace Entente.Cli.Tests;

/// <summary>`entente brief` on the seed article and the sample corpus: sourced, checkable, and reproducible as of a date.</summary>
public sealed class BriefCommandTests(JudgementWorld world) : IClassFixture<JudgementWorld>
{
    private async Task<JsonElement> BriefAsync(params string[] args)
    {
        var run = await CliHarness.RunAsync(["brief", "Russia", "Iran", .. args, "--db", world.Db, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public async Task Every_citation_quotes_the_stored_source_text_verbatim_at_its_offsets()
    {
        var brief = await BriefAsync();
        var citations = brief.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);

        await using var store = await StoreOpener.OpenAsync(world.Db, ct: TestContext.Current.CancellationToken);
        foreach (var c in citations)
        {
            var source = await store.GetSourceAsync(c.GetProperty("source_id").GetString()!, TestContext.Current.CancellationToken);
            Assert.NotNull(source);
            var (start, end) = (c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32());
            // The quote is the file's own words, at offsets into the file as read where one is kept.
            Assert.Equal(c.GetProperty("quote").GetString(), (source.OriginalText ?? source.Text)[start..end]);
            Assert.True(c.GetProperty("verified").GetBoolean());
        }
        // Every statement cites, and every number it cites is in the list.
        var numbers = citations.Select(c => c.GetProperty("number").GetInt32()).ToHashSet();
        var statements = new[] { brief.GetProperty("bottom_line") }
            .Concat(brief.GetProperty("key_judgments").EnumerateArray()).Concat(brief.GetProperty("contradicting").EnumerateArray()).Concat(brief.GetProperty("gaps").EnumerateArray());
        Assert.All(statements, s =>
        {
            var cited = s.GetProperty("citations").EnumerateArray().Select(n => n.GetInt32()).ToList();
            Assert.NotEmpty(cited);
            Assert.Subset(numbers, cited.ToHashSet());
        });
    }

    [Fact]
    public async Task The_bottom_line_uses_an_ICD_203_phrase_for_the_strategic_alliance_it_ranks_first()
    {
        var run = await CliHarness.RunAsync("brief", "Russia", "Iran", "--db", world.Db);

        Assert.Equal(0, run.ExitCode);
        var bottom = run.Out.Split("## Bottom line")[1].Split("## Key judgments")[0];
        Assert.Contains(Estimative.Scale, s => bottom.Contains($"It is {s.Phrase} that Russia and Iran are in a strategic alliance", StringComparison.Ordinal));
        Assert.Matches(@"Confidence: \*\*(high|moderate|low)\*\*", bottom);
        Assert.Contains("## Competing hypotheses", run.Out);
        Assert.Contains("| 1 | Strategic alliance |", run.Out);
        Assert.Contains("## Claims by sphere and year", run.Out);
        Assert.Contains("http://localhost:5170/#/source?id=", run.Out);
    }

    [Fact]
    public async Task As_of_a_date_the_brief_cites_only_sources_published_by_then()
    {
        var now = await BriefAsync();
        var then = await BriefAsync("--as-of", "2022-12-31");

        var published = then.GetProperty("citations").EnumerateArray().Select(c => DateOnly.Parse(c.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, d => Assert.True(d <= new DateOnly(2022, 12, 31), $"{d} is after the as-of date"));
        Assert.Contains(now.GetProperty("citations").EnumerateArray(), c => c.GetProperty("published").GetString()!.CompareTo("2022-12-31") > 0);
        Assert.Equal("2022-12-31", then.GetProperty("as_of").GetString());
    }

    [Fact]
    public async Task The_HTML_brief_is_written_to_a_file_and_a_pair_with_nothing_to_cite_is_refused()
    {
        using var dir = new Entente.TestSupport.TempDir();
        var out_ = dir.File("brief.html");
        var run = await CliHarness.RunAsync("brief", "Russia", "Iran", "--format", "html", "--out", out_, "--db", world.Db);
        var none = await CliHarness.RunAsync("brief", "Cuba", "Myanmar", "--db", world.Db);
        var early = await CliHarness.RunAsync("brief", "Russia", "Iran", "--as-of", "1990-01-01", "--db", world.Db);

        Assert.True(run.ExitCode == 0, run.Err);
        var html = await File.ReadAllTextAsync(out_, TestContext.Current.CancellationToken);
        Assert.StartsWith("<!doctype html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("nothing to cite", none.Err);
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("as known on 1990-01-01", early.Err);
    }
}
