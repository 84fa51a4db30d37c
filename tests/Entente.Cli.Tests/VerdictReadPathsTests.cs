using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// One rule for verdicts on every read path: on the seed article and the sample corpus, a rejected claim leaves claims
/// list, relations, profile, timeline and the STIX export, and each shows it marked when asked to include rejected claims.
/// </summary>
public sealed class VerdictReadPathsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("v.db");

    public void Dispose() => _dir.Dispose();

    private async Task<CliHarness.Run> OkAsync(params string[] args)
    {
        var run = await CliHarness.RunAsync([.. args, "--db", Db]);
        Assert.True(run.ExitCode == 0, run.Err);
        return run;
    }

    private static List<JsonElement> Array(CliHarness.Run run) => [.. JsonDocument.Parse(run.Out).RootElement.EnumerateArray()];

    private static bool Holds(JsonElement relation, string claimId) =>
        relation.GetProperty("claim_ids").EnumerateArray().Any(c => c.GetString() == claimId);

    [Fact]
    public async Task A_rejected_claim_leaves_claims_list_relations_profile_timeline_and_stix_and_include_rejected_shows_it_marked()
    {
        var seed = SharedData.Require("eval/seed/article.txt");
        await OkAsync("ingest", seed, Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "--reliability", "B", "--quiet");
        var profileBefore = JsonDocument.Parse((await OkAsync("profile", "Russia", "Iran", "--format", "json")).Out).RootElement;
        // A Russia-Iran relation that rests on one claim: rejecting that claim must make the relation itself disappear.
        var single = profileBefore.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("claims").GetInt32() == 1);
        var id = single.GetProperty("claim_ids")[0].GetString()!;
        await OkAsync("verdict", "reject", id, "--as", "alice", "--note", "misread");

        var listed = Array(await OkAsync("claims", "list", "--actor", "Russia", "--limit", "1000", "--format", "json"));
        Assert.DoesNotContain(listed, c => c.GetProperty("id").GetString() == id);
        var marked = Array(await OkAsync("claims", "list", "--actor", "Russia", "--limit", "1000", "--format", "json", "--include-rejected"));
        var shown = Assert.Single(marked, c => c.GetProperty("id").GetString() == id);
        Assert.Equal("rejected", shown.GetProperty("properties").GetProperty("verdict").GetString());

        Assert.DoesNotContain(Array(await OkAsync("relations", "Russia", "--limit", "1000", "--format", "json")), r => Holds(r, id));
        var relation = Assert.Single(Array(await OkAsync("relations", "Russia", "--limit", "1000", "--format", "json", "--include-rejected")), r => Holds(r, id));
        Assert.Equal(1, relation.GetProperty("rejected").GetInt32());
        Assert.Contains("[rejected]", (await OkAsync("relations", "Russia", "--limit", "1000", "--include-rejected")).Out);

        var profile = JsonDocument.Parse((await OkAsync("profile", "Russia", "Iran", "--format", "json")).Out).RootElement;
        Assert.Equal(profileBefore.GetProperty("claims").GetInt32() - 1, profile.GetProperty("claims").GetInt32());
        Assert.DoesNotContain(profile.GetProperty("relations").EnumerateArray(), r => Holds(r, id));
        var included = JsonDocument.Parse((await OkAsync("profile", "Russia", "Iran", "--format", "json", "--include-rejected")).Out).RootElement;
        Assert.Equal(profileBefore.GetProperty("claims").GetInt32(), included.GetProperty("claims").GetInt32());
        Assert.Contains("1 rejected, counted on request", (await OkAsync("profile", "Russia", "Iran", "--include-rejected")).Out);

        var timeline = (await OkAsync("timeline", "Russia", "Iran", "--format", "json")).Out;
        Assert.DoesNotContain(id, timeline);
        Assert.Contains(id, (await OkAsync("timeline", "Russia", "Iran", "--format", "json", "--include-rejected")).Out);

        var (kept, all) = (_dir.File("kept.json"), _dir.File("all.json"));
        await OkAsync("export", "stix", "--out", kept);
        await OkAsync("export", "stix", "--out", all, "--include-rejected");
        Assert.DoesNotContain(id, File.ReadAllText(kept));
        var rejected = JsonDocument.Parse(File.ReadAllText(all)).RootElement.GetProperty("objects").EnumerateArray()
            .Single(o => o.TryGetProperty("x_entente_claim_id", out var c) && c.GetString() == id);
        Assert.Equal("rejected", rejected.GetProperty("x_entente_verdict").GetString());
        Assert.DoesNotContain("x_entente_verdict", File.ReadAllText(kept));
    }
}
