using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>`entente conflicts` on the sample corpus: its denials stand beside the claims they deny, and relations say so.</summary>
public sealed class ConflictsCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("c.db");

    public void Dispose() => _dir.Dispose();

    private async Task<CliHarness.Run> OkAsync(params string[] args)
    {
        var run = await CliHarness.RunAsync([.. args, "--db", Db]);
        Assert.True(run.ExitCode == 0, run.Err);
        return run;
    }

    [Fact]
    public async Task The_sample_corpus_denial_that_Tehran_armed_the_Houthis_is_paired_with_the_claims_it_denies()
    {
        await OkAsync("ingest", Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "--quiet");

        var conflicts = JsonDocument.Parse((await OkAsync("conflicts", "--format", "json")).Out).RootElement.EnumerateArray().ToList();

        var houthis = Assert.Single(conflicts, c => c.GetProperty("relation").GetString() == "arms-transfer"
            && c.GetProperty("subject").GetProperty("id").GetString() == "irn" && c.GetProperty("object").GetProperty("name").GetString() == "Ansar Allah");
        Assert.Equal("denial", houthis.GetProperty("kind").GetString());
        Assert.Contains(houthis.GetProperty("contesting").EnumerateArray(), e => e.GetProperty("text").GetString() == "Tehran denies arming the Houthis");
        Assert.Contains(houthis.GetProperty("affirming").EnumerateArray(), e => e.GetProperty("text").GetString() == "the cargo was headed to the Houthis");
        Assert.All(houthis.GetProperty("affirming").EnumerateArray(), e => Assert.NotEqual("denied", e.GetProperty("certainty").GetString()));

        var table = (await OkAsync("conflicts", "--actor", "Houthis")).Out;
        Assert.Contains("Iran arms-transfer Ansar Allah: denial", table);
        Assert.DoesNotContain("North Korea", table);
        var relations = JsonDocument.Parse((await OkAsync("relations", "Houthis", "--format", "json")).Out).RootElement.EnumerateArray().ToList();
        Assert.True(relations.Single(r => r.GetProperty("type").GetString() == "arms-transfer" && r.GetProperty("subject").GetProperty("id").GetString() == "irn").GetProperty("contested").GetBoolean());
        Assert.Contains(relations, r => !r.TryGetProperty("contested", out _));
        Assert.Contains("contested", (await OkAsync("relations", "Houthis")).Out);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_one_line_error()
    {
        await OkAsync("ingest", Path.Combine(SharedData.RepoRoot, "samples", "corpus", "07-iran-houthis.md"));

        var run = await CliHarness.RunAsync("conflicts", "--actor", "Atlantis", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown actor 'Atlantis'", run.Err);
    }
}
