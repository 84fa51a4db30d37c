using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task The_demo_ingests_the_sample_corpus_and_prints_the_Russia_Iran_profile()
    {
        using var dir = new TempDir();
        var db = dir.File("demo.db");
        var samples = Path.Combine(SharedData.RepoRoot, "samples", "corpus");

        var run = await CliHarness.RunAsync("demo", "--no-serve", "--samples", samples, "--db", db);

        Assert.True(run.ExitCode == 0, run.Err + run.Out);
        Assert.Contains("== 4. the Russia-Iran alliance profile", run.Out);
        Assert.Contains("Russia", run.Out);
        await using var store = await StoreOpener.OpenAsync(db, TestContext.Current.CancellationToken);
        Assert.True((await store.ListSourcesAsync(ct: TestContext.Current.CancellationToken)).Count >= 12);
        Assert.True(await store.CountClaimsAsync(ClaimQuery.All, TestContext.Current.CancellationToken) > 50);
    }

    [Fact]
    public async Task The_demo_refuses_a_samples_folder_that_does_not_exist()
    {
        var run = await CliHarness.RunAsync("demo", "--no-serve", "--samples", "/nonexistent/entente-samples");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/entente-samples", run.Err);
    }
}
