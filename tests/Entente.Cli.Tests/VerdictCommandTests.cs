using System.Text.Json;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>Verdicts from the command line: records that every listing applies, with the claim itself kept.</summary>
public sealed class VerdictCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Report => Path.Combine(SharedData.RepoRoot, "samples", "corpus", "06-iran-hezbollah.md");

    private static async Task<(TempDir Dir, string Db, List<JsonElement> Claims)> IngestedAsync()
    {
        var dir = new TempDir();
        var db = dir.File("v.db");
        Assert.Equal(0, (await CliHarness.RunAsync("ingest", Report, "--db", db)).ExitCode);
        var list = await CliHarness.RunAsync("claims", "list", "--db", db, "--format", "json");
        var claims = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.True(claims.Count >= 3, list.Out);
        return (dir, db, claims);
    }

    private static async Task<List<string>> ListedIdsAsync(string db, params string[] extra)
    {
        var run = await CliHarness.RunAsync(["claims", "list", "--db", db, "--format", "json", .. extra]);
        return [.. JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task A_rejected_claim_leaves_claims_list_and_include_rejected_shows_it_marked()
    {
        var (dir, db, claims) = await IngestedAsync();
        using var _ = dir;
        var id = claims[0].GetProperty("id").GetString()!;
        var run = await CliHarness.RunAsync("verdict", "reject", id, "--db", db, "--note", "misread the pronoun", "--as", "alice");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("alice", run.Out);

        Assert.DoesNotContain(id, await ListedIdsAsync(db));
        Assert.Equal(claims.Count - 1, (await ListedIdsAsync(db)).Count);
        var marked = await CliHarness.RunAsync("claims", "list", "--db", db, "--format", "csv", "--include-rejected");
        Assert.Contains(marked.Out.Split('\n'), line => line.EndsWith(",reject", StringComparison.Ordinal));
        // The claim itself is kept: a later acceptance brings it back.
        Assert.Equal(0, (await CliHarness.RunAsync("verdict", "accept", id, "--db", db, "--as", "bob")).ExitCode);
        Assert.Contains(id, await ListedIdsAsync(db));
    }

    [Fact]
    public async Task A_correction_replaces_the_claim_in_listings_and_history_shows_every_verdict_in_order()
    {
        var (dir, db, claims) = await IngestedAsync();
        using var _ = dir;
        var target = claims.First(c => c.GetProperty("certainty").GetString() != "alleged");
        var id = target.GetProperty("id").GetString()!;
        Assert.Equal(0, (await CliHarness.RunAsync("verdict", "accept", id, "--db", db, "--as", "alice")).ExitCode);
        var run = await CliHarness.RunAsync("verdict", "correct", id, "--db", db, "--certainty", "alleged", "--as", "bob");
        Assert.True(run.ExitCode == 0, run.Err);

        var listed = JsonDocument.Parse((await CliHarness.RunAsync("claims", "list", "--db", db, "--format", "json")).Out).RootElement.EnumerateArray().ToList();
        Assert.DoesNotContain(listed, c => c.GetProperty("id").GetString() == id);
        var corrected = Assert.Single(listed, c => c.GetProperty("evidence").GetProperty("text").GetString() == target.GetProperty("evidence").GetProperty("text").GetString()
            && c.GetProperty("relation").GetString() == target.GetProperty("relation").GetString() && c.GetProperty("subject").GetProperty("id").GetString() == target.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("alleged", corrected.GetProperty("certainty").GetString());

        var history = await CliHarness.RunAsync("claims", "history", id, "--db", db);
        Assert.True(history.ExitCode == 0, history.Err);
        var (accept, correct) = (history.Out.IndexOf("accept ", StringComparison.Ordinal), history.Out.IndexOf("correct ", StringComparison.Ordinal));
        Assert.True(accept > 0 && correct > accept, history.Out);
        var verdicts = await CliHarness.RunAsync("verdicts", "list", "--db", db, "--claim", id, "--format", "csv");
        Assert.Equal(3, verdicts.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // a header and two verdicts
    }

    [Theory]
    [InlineData(2, "verdict", "maybe", "ID")]
    [InlineData(1, "verdict", "reject", "c-no-such-claim")]
    [InlineData(2, "verdict", "correct", "ID", "--certainty", "sure")]
    [InlineData(2, "verdict", "correct", "ID")]
    [InlineData(2, "verdict", "reject", "ID", "--relation", "attack")]
    public async Task Bad_verdicts_are_refused_with_a_reason_and_store_nothing(int exit, params string[] args)
    {
        var (dir, db, claims) = await IngestedAsync();
        using var _ = dir;
        var id = claims[0].GetProperty("id").GetString()!;
        var run = await CliHarness.RunAsync([.. args.Select(a => a == "ID" ? id : a), "--db", db, "--as", "alice"]);
        Assert.Equal(exit, run.ExitCode);
        Assert.Contains("entente verdict:", run.Err);
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        Assert.Empty(await store.ListVerdictsAsync(ct: Ct));
    }

    [Fact]
    public async Task Exports_leave_rejected_claims_out_unless_asked()
    {
        var (dir, db, claims) = await IngestedAsync();
        using var _ = dir;
        var id = claims[0].GetProperty("id").GetString()!;
        Assert.Equal(0, (await CliHarness.RunAsync("verdict", "reject", id, "--db", db, "--as", "alice")).ExitCode);
        var (kept, all) = (dir.File("kept.csv"), dir.File("all.csv"));
        var run = await CliHarness.RunAsync("export", "csv", "--out", kept, "--db", db);
        Assert.Contains($"exported {claims.Count - 1} claims", run.Out);
        Assert.DoesNotContain(id, File.ReadAllText(kept));
        run = await CliHarness.RunAsync("export", "csv", "--out", all, "--db", db, "--include-rejected");
        Assert.Contains($"exported {claims.Count} claims", run.Out);
        Assert.Contains(id, File.ReadAllText(all));
    }
}
