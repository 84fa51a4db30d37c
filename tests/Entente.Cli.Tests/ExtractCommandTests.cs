using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static string Sample(string name) => Path.Combine(SharedData.RepoRoot, "samples", "corpus", name);

    [Fact]
    public async Task Extract_prints_the_document_and_its_claims_as_json_without_storing()
    {
        using var dir = new TempDir();
        var db = dir.File("untouched.db");
        var run = await CliHarness.RunAsync("extract", Sample("03-north-korea-russia-munitions.md"), "--format", "json", "--db", db);
        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("Shells by the trainload - North Korea's munitions for Russia", document.GetProperty("title").GetString());
        Assert.Equal("2024-05-06", document.GetProperty("published").GetString());
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.Contains(claims, c => c.GetProperty("subject").GetProperty("id").GetString() == "prk"
                                  && c.GetProperty("object").ValueKind == JsonValueKind.Object);
        foreach (var c in claims)
        {
            var evidence = c.GetProperty("evidence");
            Assert.False(string.IsNullOrEmpty(evidence.GetProperty("text").GetString()));
            Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
        }
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Several_files_give_a_json_array_and_jsonl_gives_one_claim_per_line()
    {
        string[] files = [Sample("06-iran-hezbollah.md"), Sample("09-iran-hamas-pij.txt")];
        var json = await CliHarness.RunAsync(["extract", .. files, "--format", "json"]);
        Assert.Equal(0, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal(2, parsed.RootElement.GetArrayLength());
        var total = parsed.RootElement.EnumerateArray().Sum(d => d.GetProperty("claims").GetArrayLength());

        var lines = await CliHarness.RunAsync(["extract", .. files, "--format", "jsonl"]);
        var rows = lines.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total, rows.Length);
        Assert.All(rows, r => Assert.True(JsonDocument.Parse(r).RootElement.TryGetProperty("relation", out _)));
    }

    [Fact]
    public async Task The_table_names_each_file_and_the_published_option_overrides_the_date()
    {
        using var dir = new TempDir();
        var path = dir.File("note.md");
        File.WriteAllText(path, "# Note\n\nRussia delivered S-300 systems to Iran in 2016.\n");
        var table = await CliHarness.RunAsync("extract", path);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(path + " (Note): ", table.Out);
        Assert.Contains("relation", table.Out);

        var json = await CliHarness.RunAsync("extract", path, "--format", "json", "--published", "2016-05-01");
        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal("2016-05-01", parsed.RootElement.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_and_the_others_still_printed()
    {
        using var dir = new TempDir();
        var bad = dir.File("scan.docx");
        File.WriteAllText(bad, "x");
        var run = await CliHarness.RunAsync("extract", bad, Sample("07-iran-houthis.md"), "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad + ": unknown file type '.docx'", run.Err);
        Assert.NotEmpty(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_bad_format_or_date_is_a_usage_error()
    {
        Assert.Equal(2, (await CliHarness.RunAsync("extract", Sample("07-iran-houthis.md"), "--format", "xml")).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("extract", Sample("07-iran-houthis.md"), "--published", "yesterday")).ExitCode);
    }
}

public sealed class BenchExtractCommandTests
{
    [Fact]
    public async Task Bench_extract_reports_throughput_claims_and_where_the_time_went()
    {
        var run = await CliHarness.RunAsync("bench", "extract", "--mb", "1", "--warmup", "0", "--samples", Path.Combine(SharedData.RepoRoot, "samples", "corpus"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Matches(@"read \+ extract \+ serialize: 1\.0 MB in \d+ files, [1-9]\d* claims", run.Out);
        Assert.Matches(@"throughput: [\d.]+ MB/s wall clock, [\d.]+ MB/s per CPU second", run.Out);
        Assert.Matches(@"time spent: read [\d.]+ s \(\d+%\), extract [\d.]+ s \(\d+%\), serialize", run.Out);
    }

    [Fact]
    public async Task Bench_extract_measures_the_rules_alone_when_asked()
    {
        var run = await CliHarness.RunAsync("bench", "extract", "--rules-only", "--mb", "1", "--warmup", "0", "--samples", Path.Combine(SharedData.RepoRoot, "samples", "corpus"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Matches(@"read \+ extract \+ serialize \(rules only\): 1\.0 MB in \d+ files, [1-9]\d* claims", run.Out);
    }

    [Fact]
    public async Task Bench_extract_refuses_a_corpus_size_that_is_not_positive()
    {
        var run = await CliHarness.RunAsync("bench", "extract", "--mb", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mb", run.Err);
    }

    [Fact]
    public async Task The_shipped_model_given_as_a_file_or_at_its_own_threshold_extracts_exactly_as_the_default()
    {
        // --model and --threshold build the same stages as the default pipeline (denials included), only the model differs.
        var shipped = Path.Combine(SharedData.RepoRoot, "src", "Entente.Extraction", "Models", "relation-model.json");
        var threshold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(shipped)).RootElement.GetProperty("threshold").GetDouble();
        string[] files = [.. new[] { "06-iran-hezbollah.md", "07-iran-houthis.md" }.Select(f => Path.Combine(SharedData.RepoRoot, "samples", "corpus", f))];
        var byDefault = await CliHarness.RunAsync(["extract", .. files, "--format", "json"]);
        var byFile = await CliHarness.RunAsync(["extract", .. files, "--format", "json", "--model", shipped]);
        var byThreshold = await CliHarness.RunAsync(["extract", .. files, "--format", "json", "--threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(byDefault.ExitCode == 0, byDefault.Err);
        Assert.Contains("\"denied\"", byDefault.Out);
        Assert.Equal(byDefault.Out, byFile.Out);
        Assert.Equal(byDefault.Out, byThreshold.Out);
    }
}
