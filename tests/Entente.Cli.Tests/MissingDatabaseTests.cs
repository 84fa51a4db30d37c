using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>A mistyped --db must not answer "(none)" from an empty database it has just created.</summary>
public sealed class MissingDatabaseTests
{
    [Theory]
    [InlineData("claims", "list")]
    [InlineData("sources", "list")]
    [InlineData("relations")]
    [InlineData("timeline", "Russia")]
    [InlineData("profile", "Russia", "Iran")]
    [InlineData("export", "csv", "--out", "unwritten.csv")]
    public async Task A_read_command_refuses_a_database_file_that_is_not_there_and_creates_none(params string[] command)
    {
        using var dir = new TempDir();
        var db = dir.File("typo.db");

        var run = await CliHarness.RunAsync([.. command, "--db", db]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{db}: no such database", run.Err);
        Assert.Contains("entente init", run.Err);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Init_and_ingest_create_the_database_and_then_reads_work()
    {
        using var dir = new TempDir();
        var article = Path.Combine(SharedData.RepoRoot, "samples", "corpus", "02-russia-iran-arms-history.md");

        var ingest = await CliHarness.RunAsync("ingest", article, "--db", dir.File("ingested.db"));
        var init = await CliHarness.RunAsync("init", "--db", dir.File("init.db"));

        Assert.True(ingest.ExitCode == 0, ingest.Err);
        Assert.True(init.ExitCode == 0, init.Err);
        Assert.Equal(0, (await CliHarness.RunAsync("sources", "list", "--db", dir.File("ingested.db"))).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("claims", "list", "--db", dir.File("init.db"))).ExitCode);
    }

    [Fact]
    public async Task Extract_and_kb_search_need_no_database_and_create_none()
    {
        using var dir = new TempDir();
        var db = dir.File("absent.db");
        var article = Path.Combine(SharedData.RepoRoot, "samples", "corpus", "02-russia-iran-arms-history.md");

        var extract = await CliHarness.RunAsync("extract", article, "--db", db);
        var search = await CliHarness.RunAsync("kb", "search", "iran", "--db", db);

        Assert.True(extract.ExitCode == 0, extract.Err);
        Assert.Contains("Iran", search.Out);
        Assert.False(File.Exists(db));
    }
}
