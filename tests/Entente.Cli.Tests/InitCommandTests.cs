using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>init against a real SQLite file.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => _dir.File("entente.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Init_creates_the_database_stores_the_shipped_knowledge_base_and_prints_counts_by_kind()
    {
        var run = await CliHarness.RunAsync("init", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Db));
        var shipped = KnowledgeBase.Load();
        Assert.Contains($"stored {shipped.Count} of {shipped.Count} shipped entities", run.Out);
        Assert.Matches(@"(?m)^state\s+20\d\s+20\d$", run.Out);
        await using var store = await StoreOpener.OpenAsync(Db, TestContext.Current.CancellationToken);
        var stored = await store.ListEntitiesAsync(TestContext.Current.CancellationToken);
        Assert.Equal(shipped.Count, stored.Count);
        var irgc = stored.Single(e => e.Id == "irgc");
        Assert.Contains("Sepah", irgc.Aliases);
        Assert.Contains(irgc.Links, l => l.Type == "part-of" && l.Target == "irn");
    }

    [Fact]
    public async Task Init_run_again_keeps_what_is_stored_unless_asked_to_refresh()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).ExitCode);
        var again = await CliHarness.RunAsync("init", "--db", Db, "--format", "csv");
        Assert.Contains("total,", again.Out);
        Assert.EndsWith(",0", again.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1]);
        var refresh = await CliHarness.RunAsync("init", "--db", Db, "--refresh", "--format", "csv");
        var shipped = KnowledgeBase.Load().Count;
        Assert.Equal($"total,{shipped},{shipped}", refresh.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1]);
    }
}
