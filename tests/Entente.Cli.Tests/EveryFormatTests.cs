using System.Text.Json;
using Entente.Cli.Framework;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Every command that takes --format runs on a small store ingested from the sample corpus, once with json and once
/// with csv, and what it prints parses: one JSON document, or a CSV table whose every row is as wide as its header.
/// </summary>
public sealed class EveryFormatTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("formats.db");

    /// <summary>Commands whose --format names something other than rows, and why they are not run here.</summary>
    private static readonly Dictionary<string, string> NotRows = new()
    {
        ["brief"] = "its formats are documents (md, html, json); BriefCommandTests parses each",
        ["lexicon build"] = "it needs a WordNet database, which CI machines do not have; LexiconCommandTests covers it",
        ["ingest"] = "it prints a summary of what it stored (table or json, not rows); RunSummaryJsonTests parses its json",
        ["import"] = "it prints a summary of what it stored (table or json, not rows); RunSummaryJsonTests parses its json",
        ["export"] = "its rows go to --out in the positional format; --format is its summary (table or json), parsed by RunSummaryJsonTests",
        ["synth"] = "it prints a summary of what it generated (table or json, not rows); RunSummaryJsonTests parses its json",
        ["queue status"] = "the job queue lives only in a PostgreSQL store and this store is SQLite; QueueTests parses its json and csv on a real PostgreSQL server",
    };

    /// <summary>Commands whose rows may be empty on this store: their CSV must still have a header.</summary>
    private static readonly HashSet<string> MayBeEmpty = ["conflicts", "verdicts list", "shared-clients", "path", "claims history", "copresence"];

    public async ValueTask InitializeAsync()
    {
        string[] files = ["01-russia-iran-shahed-drones.md", "02-russia-iran-arms-history.md", "06-iran-hezbollah.md", "10-wagner-mali-car.md"];
        var ingest = await CliHarness.RunAsync(["ingest", .. files.Select(f => Path.Combine(SharedData.RepoRoot, "samples", "corpus", f)), "--db", Db]);
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var publishers = await CliHarness.RunAsync("publishers", "load", Path.Combine(SharedData.RepoRoot, "samples", "publishers.txt"), "--db", Db);
        Assert.True(publishers.ExitCode == 0, publishers.Err);
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The arguments each command runs with, after its name; ids are read from the store first.</summary>
    private async Task<Dictionary<string, string[]>> ArgumentsAsync()
    {
        var claim = await FirstIdAsync("claims", "list");
        var source = await FirstIdAsync("sources", "list");
        using var ach = JsonDocument.Parse((await Ok("ach", "Russia", "Iran", "--format", "json")).Out);
        var row = ach.RootElement.GetProperty("rows")[0];
        var sample = Path.Combine(SharedData.RepoRoot, "samples", "corpus", "07-iran-houthis.md");
        return new()
        {
            ["ach"] = ["Russia", "Iran"],
            ["ach override"] = ["Russia", "Iran", row.GetProperty("evidence").GetProperty("key").GetString()!, row.GetProperty("cells")[0].GetProperty("hypothesis").GetString()!, "neutral", "--as", "tester"],
            ["bench analysis"] = ["--claims", "300"],
            ["centrality"] = [],
            ["claims history"] = [claim],
            ["claims list"] = [],
            ["communities"] = [],
            ["conflicts"] = [],
            ["copresence"] = ["Russia", "Iran"],
            ["ego"] = ["Iran"],
            ["extract"] = [sample],
            ["init"] = [],
            ["kb list"] = [],
            ["kb search"] = ["iran"],
            ["kb show"] = ["Hezbollah"],
            ["path"] = ["Russia", "Hezbollah"],
            ["profile"] = ["Russia", "Iran"],
            ["publishers list"] = [],
            ["relations"] = [],
            ["shared-clients"] = ["Russia", "Iran"],
            ["show"] = ["Iran"],
            ["sources list"] = [],
            ["sources show"] = [source],
            ["timeline"] = ["Russia", "Iran"],
            ["verdict"] = ["accept", claim, "--as", "tester"],
            ["verdicts list"] = [],
        };
    }

    [Fact]
    public async Task Every_command_that_prints_rows_gives_parseable_json_and_csv()
    {
        var arguments = await ArgumentsAsync();
        var withFormat = CommandRunner.Default().Commands.Where(c => c.Options.Any(o => o.Name == "format")).Select(c => c.Name).ToList();
        // A new command with --format must be added here, so this test cannot silently stop covering the CLI.
        var uncovered = withFormat.Where(n => !arguments.ContainsKey(n) && !NotRows.ContainsKey(n)).ToList();
        Assert.True(uncovered.Count == 0, "no arguments here for: " + string.Join(", ", uncovered));
        var gone = arguments.Keys.Where(n => !withFormat.Contains(n)).ToList();
        Assert.True(gone.Count == 0, "no --format on: " + string.Join(", ", gone));

        foreach (var (name, rest) in arguments)
        {
            var json = await Ok([.. name.Split(' '), .. rest, "--format", "json"]);
            using (var doc = JsonDocument.Parse(json.Out))
                Assert.True(doc.RootElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object, $"{name}: {doc.RootElement.ValueKind}");

            var text = (await Ok([.. name.Split(' '), .. rest, "--format", "csv"])).Out;
            List<string[]> csv;
            try { csv = CsvText.Parse(text); }
            catch (FormatException e) { throw new Xunit.Sdk.XunitException($"{name} --format csv does not parse ({e.Message}):\n{text}"); }
            Assert.True(csv.Count > 0 && csv[0].Length > 0 && csv[0].All(h => h.Length > 0), $"{name} --format csv has no header");
            Assert.All(csv, r => Assert.True(r.Length == csv[0].Length, $"{name} --format csv: a row of {r.Length} cells under {csv[0].Length} headers"));
            Assert.True(csv.Count > 1 || MayBeEmpty.Contains(name), $"{name} --format csv printed no rows");
        }
    }

    [Fact]
    public void The_csv_reader_keeps_quoted_commas_quotes_and_line_breaks_in_one_cell()
    {
        var rows = CsvText.Parse("a,b\n\"x, \"\"y\"\"\nz\",2\r\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["x, \"y\"\nz", "2"], rows[1]);
        Assert.Throws<FormatException>(() => CsvText.Parse("a,\"b\n"));
    }

    private async Task<CliHarness.Run> Ok(params string[] argv)
    {
        var run = await CliHarness.RunAsync([.. argv, "--db", Db]);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', argv)} exited {run.ExitCode}: {run.Err}");
        return run;
    }

    private async Task<string> FirstIdAsync(params string[] command)
    {
        using var doc = JsonDocument.Parse((await Ok([.. command, "--format", "json"])).Out);
        return doc.RootElement[0].GetProperty("id").GetString()!;
    }
}
