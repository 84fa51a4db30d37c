using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>Extraction on several threads gives exactly what one thread gives, in the same order.</summary>
public sealed class ParallelExtractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Corpus => Path.Combine(SharedData.RepoRoot, "samples", "corpus");

    [Fact]
    public async Task Extract_with_four_jobs_prints_the_same_bytes_as_with_one()
    {
        var one = await CliHarness.RunAsync("extract", Corpus, "--format", "json", "--jobs", "1");
        var four = await CliHarness.RunAsync("extract", Corpus, "--format", "json", "--jobs", "4");
        Assert.True(one.ExitCode == 0, one.Err);
        Assert.True(four.ExitCode == 0, four.Err);
        Assert.True(one.Out.Length > 10_000, "the sample corpus gives claims");
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public async Task Ingest_with_four_jobs_stores_what_one_job_stores_and_reports_files_in_order()
    {
        using var dir = new TempDir();
        var (db1, db4) = (dir.File("one.db"), dir.File("four.db"));
        var one = await CliHarness.RunAsync("ingest", Corpus, "--db", db1, "--jobs", "1");
        var four = await CliHarness.RunAsync("ingest", Corpus, "--db", db4, "--jobs", "4");
        Assert.True(four.ExitCode == 0, four.Err + four.Out);
        Assert.Equal(one.Out, four.Out);
        Assert.Equal(WithoutProgress(one.Err), WithoutProgress(four.Err));
        await using var s1 = await StoreOpener.OpenAsync(db1, Ct);
        await using var s4 = await StoreOpener.OpenAsync(db4, Ct);
        Assert.Equal(await Ids(s1), await Ids(s4));
        // A second run with several jobs skips every file, as one job does.
        var again = await CliHarness.RunAsync("ingest", Corpus, "--db", db4, "--jobs", "4");
        Assert.Contains("0 added, 16 skipped (already ingested), 0 failed", again.Out);
    }

    /// <summary>Stderr without its progress lines, which a run prints every 5 s and so only a slow run (a loaded machine) has.</summary>
    private static string WithoutProgress(string err) =>
        string.Join('\n', err.Split('\n').Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^entente ingest: \d+ of \d+ documents")));

    private static async Task<List<string>> Ids(IEntenteStore store)
    {
        var ids = new List<string>();
        await foreach (var c in store.QueryClaimsAsync(ClaimQuery.All, Ct)) ids.Add(c.Id);
        ids.Sort(StringComparer.Ordinal);
        Assert.NotEmpty(ids);
        return ids;
    }

    [Fact]
    public async Task A_job_count_below_one_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync("extract", Corpus, "--jobs", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Err);
    }
}
