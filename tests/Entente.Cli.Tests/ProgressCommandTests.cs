using System.Text.RegularExpressions;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Long commands report progress on stderr: with stderr piped, a line per interval (a clock that steps one interval
/// per reading makes that a line per step of work); --quiet prints none; stdout is the same either way.
/// </summary>
public sealed class ProgressCommandTests : IDisposable
{
    private static readonly string[] Files = ["01-russia-iran-shahed-drones.md", "06-iran-hezbollah.md", "10-wagner-mali-car.md"];
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Each reading of the stopwatch is one piped-progress interval later.</summary>
    private static SteppingClock Clock() => new(TimeSpan.FromSeconds(5));

    private static string[] Corpus() => [.. Files.Select(f => Path.Combine(SharedData.RepoRoot, "samples", "corpus", f))];

    private static string[] ProgressLines(string err, string prefix) =>
        [.. err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    [Fact]
    public async Task Piped_ingest_prints_lines_with_counts_and_quiet_prints_none_and_stdout_is_the_same()
    {
        var piped = await CliHarness.RunWithAsync(Clock(), false, ["ingest", .. Corpus(), "--jobs", "1", "--db", _dir.File("a.db")]);
        var quiet = await CliHarness.RunWithAsync(Clock(), false, ["ingest", .. Corpus(), "--jobs", "1", "--quiet", "--db", _dir.File("b.db")]);

        Assert.True(piped.ExitCode == 0, piped.Err);
        var lines = ProgressLines(piped.Err, "entente ingest: ");
        Assert.Equal(3, lines.Length);
        for (var i = 0; i < 3; i++)
            Assert.Matches($@"^entente ingest: {i + 1} of 3 documents \(\d+%\), [\d.]+ documents/s, about \d+ s left$", lines[i]);
        Assert.DoesNotContain('\r', piped.Err);
        Assert.True(quiet.ExitCode == 0, quiet.Err);
        Assert.Equal("", quiet.Err);
        Assert.Equal(quiet.Out, piped.Out);
        Assert.StartsWith("documents: 3 added", piped.Out);
    }

    [Fact]
    public async Task On_a_terminal_ingest_draws_a_bar_on_stderr_and_clears_it()
    {
        var run = await CliHarness.RunWithAsync(Clock(), true, ["ingest", .. Corpus(), "--jobs", "1", "--db", _dir.File("t.db")]);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("\rentente ingest [", run.Err);
        Assert.Matches(@"\] +3/3 documents ", run.Err);
        // The last thing written takes the bar off the line, so the shell prompt starts clean.
        Assert.Matches(@"\r +\r$", run.Err);
        Assert.DoesNotContain("[", run.Out);
    }

    [Fact]
    public async Task Piped_import_reports_rows_checked_then_claims_stored_and_quiet_keeps_only_the_bad_rows()
    {
        var csv = _dir.File("claims.csv");
        await File.WriteAllTextAsync(csv, "subject,relation,object,from\nIran,arms-transfer,Russia,2022\nIran,contact,Russia\nRussia,visit,Iran,2023\n", TestContext.Current.CancellationToken);

        var piped = await CliHarness.RunWithAsync(Clock(), false, "import", "csv", csv, "--db", _dir.File("a.db"));
        var quiet = await CliHarness.RunWithAsync(Clock(), false, "import", "csv", csv, "--quiet", "--db", _dir.File("b.db"));

        Assert.True(piped.ExitCode == 0, piped.Err);
        var checking = ProgressLines(piped.Err, "entente import: checking claims.csv: ");
        Assert.Equal(3, checking.Length);
        Assert.Matches(@"^entente import: checking claims.csv: 3 rows, [\d.]+ rows/s, \d+ s so far$", checking[^1]);
        var storing = ProgressLines(piped.Err, "entente import: storing claims.csv: ");
        Assert.Equal(["1 of 2 claims (50%)", "2 of 2 claims (100%)"], storing.Select(l => Regex.Match(l, @"\d+ of \d+ claims \(\d+%\)").Value));
        Assert.Contains("claims.csv:3: expected 4 columns, found 3", quiet.Err);
        Assert.DoesNotContain("entente import: checking", quiet.Err);
        Assert.DoesNotContain("entente import: storing", quiet.Err);
        Assert.Equal(quiet.Out, piped.Out);
    }

    [Fact]
    public async Task Piped_export_and_synth_report_claims_and_quiet_prints_nothing()
    {
        var db = _dir.File("s.db");
        var synth = await CliHarness.RunWithAsync(Clock(), false, "synth", "--claims", "300", "--db", db);
        Assert.True(synth.ExitCode == 0, synth.Err);
        Assert.Matches(@"(?m)^entente synth: 300 of 300 claims \(100%\)", synth.Err);

        var piped = await CliHarness.RunWithAsync(Clock(), false, "export", "csv", "--out", _dir.File("a.csv"), "--db", db);
        var quiet = await CliHarness.RunWithAsync(Clock(), false, "export", "csv", "--out", _dir.File("b.csv"), "--quiet", "--db", db);

        Assert.True(piped.ExitCode == 0, piped.Err);
        var lines = ProgressLines(piped.Err, "entente export: ");
        Assert.True(lines.Length >= 300, $"{lines.Length} lines:\n{piped.Err}");
        Assert.Matches(@"^entente export: 1 of \d+ claims ", lines[0]);
        Assert.Equal("", quiet.Err);
        Assert.Equal(quiet.Out.Replace("b.csv", "a.csv"), piped.Out);
        Assert.Equal(await File.ReadAllTextAsync(_dir.File("b.csv"), TestContext.Current.CancellationToken), await File.ReadAllTextAsync(_dir.File("a.csv"), TestContext.Current.CancellationToken));
    }
}
