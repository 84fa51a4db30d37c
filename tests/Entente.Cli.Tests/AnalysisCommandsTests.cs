using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class AnalysisCommandsTests
{
    private static async Task<TempDir> SeedAsync()
    {
        var dir = new TempDir();
        await AnalysisSeedWorld.FillAsync(dir.File("seed.db"));
        return dir;
    }

    [Fact]
    public async Task Profile_of_Russia_and_Iran_shows_four_spheres_with_S300_and_drone_evidence()
    {
        using var dir = await SeedAsync();
        var run = await CliHarness.RunAsync("profile", "Russia", "Iran", "--db", dir.File("seed.db"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var spheres = json.RootElement.GetProperty("spheres").EnumerateArray().ToDictionary(s => s.GetProperty("sphere").GetString()!);
        Assert.Superset(new HashSet<string> { "military", "technology", "diplomatic", "economic" }, spheres.Keys.ToHashSet());
        var military = spheres["military"].GetProperty("top_evidence").EnumerateArray()
            .SelectMany(e => e.GetProperty("materiel").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant())).ToList();
        Assert.Contains(military, m => m.Contains("s-300"));
        Assert.Contains(military, m => m.Contains("drone"));
        Assert.Equal("The Russo-Iranian alliance comes to Europe", spheres["military"].GetProperty("top_evidence")[0].GetProperty("source_title").GetString());
    }

    [Fact]
    public async Task The_seed_article_as_extracted_gives_the_four_sphere_profile_the_five_shared_theaters_and_a_path_to_Al_Shabaab()
    {
        using var dir = new TempDir();
        var db = dir.File("extracted.db");
        var ingest = await CliHarness.RunAsync("ingest", SharedData.Require("eval/seed/article.txt"), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var run = await CliHarness.RunAsync("profile", "Russia", "Iran", "--db", db, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var spheres = json.RootElement.GetProperty("spheres").EnumerateArray().ToDictionary(s => s.GetProperty("sphere").GetString()!);
        Assert.Superset(new HashSet<string> { "military", "technology", "diplomatic", "economic" }, spheres.Keys.ToHashSet());
        var materiel = spheres.Values.SelectMany(s => s.GetProperty("top_evidence").EnumerateArray())
            .SelectMany(e => e.GetProperty("materiel").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant())).ToList();
        Assert.Contains(materiel, m => m.Contains("s-300"));
        Assert.Contains(spheres["military"].GetProperty("top_evidence").EnumerateArray(),
            e => e.GetProperty("materiel").EnumerateArray().Any(m => m.GetString()!.Contains("drone", StringComparison.OrdinalIgnoreCase)));

        var copresence = await CliHarness.RunAsync("copresence", "Russia", "IRGC", "--rollup", "--db", db, "--format", "json");
        using var theaters = JsonDocument.Parse(copresence.Out);
        Assert.Superset(new HashSet<string?> { "syr", "ven", "mmr", "caf", "ukr" },
            theaters.RootElement.GetProperty("theaters").EnumerateArray().Select(t => t.GetProperty("theater").GetProperty("id").GetString()).ToHashSet());
        var path = await CliHarness.RunAsync("path", "Russia", "Al-Shabaab", "--db", db);
        // Evidence quotes the article's own words, its curly apostrophe included.
        Assert.Contains("Al-Qaeda\u2019s Al-Shabaab", path.Out);
    }

    [Fact]
    public async Task Ego_prints_kinds_as_ontology_ids()
    {
        using var dir = await SeedAsync();
        var table = await CliHarness.RunAsync("ego", "Iran", "--db", dir.File("seed.db"));
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("armed-group", table.Out);
        Assert.DoesNotContain("ArmedGroup", table.Out);
        var csv = CsvText.Parse((await CliHarness.RunAsync("ego", "Iran", "--db", dir.File("seed.db"), "--format", "csv")).Out);
        var kind = Array.IndexOf(csv[0], "kind");
        Assert.Contains(csv.Skip(1), r => r[kind] == "armed-group");
    }

    [Fact]
    public async Task Copresence_of_Russia_and_the_rolled_up_IRGC_lists_Syria_Venezuela_Myanmar_CAR_and_Ukraine()
    {
        using var dir = await SeedAsync();
        var run = await CliHarness.RunAsync("copresence", "Russia", "IRGC", "--rollup", "--db", dir.File("seed.db"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var theaters = json.RootElement.GetProperty("theaters").EnumerateArray().Select(t => t.GetProperty("theater").GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "syr", "ven", "mmr", "caf", "ukr" }, theaters);
        Assert.Equal("irn", json.RootElement.GetProperty("b").GetProperty("id").GetString());
        Assert.Equal("part-of", json.RootElement.GetProperty("chain_b").GetProperty("steps")[0].GetProperty("link").GetString());
        var p = json.RootElement.GetProperty("test").GetProperty("p_value").GetDouble();
        Assert.InRange(p, 0, 1);

        var table = await CliHarness.RunAsync("copresence", "Russia", "IRGC", "--rollup", "--db", dir.File("seed.db"));
        Assert.Contains("Islamic Revolutionary Guard Corps —part-of→ Iran", table.Out);
        Assert.Contains("permutation test", table.Out);
    }

    [Fact]
    public async Task Path_from_Russia_to_Al_Shabaab_shows_each_hop_with_its_sentence()
    {
        using var dir = await SeedAsync();
        var run = await CliHarness.RunAsync("path", "Russia", "Al-Shabaab", "--db", dir.File("seed.db"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1. Russia → Al-Shabaab (1 hop)", run.Out);
        Assert.Contains("reportedly coordinate to help Al-Qaeda's Al-Shabaab", run.Out);
        Assert.Contains("Iran → Al-Shabaab", run.Out);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_clear_error()
    {
        using var dir = await SeedAsync();
        var run = await CliHarness.RunAsync("profile", "Russia", "Atlantis", "--db", dir.File("seed.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown actor 'Atlantis'", run.Err);
    }

    [Fact]
    public async Task Timeline_as_of_before_publication_is_empty_and_after_it_is_ordered()
    {
        using var dir = await SeedAsync();
        var before = await CliHarness.RunAsync("timeline", "Russia", "Iran", "--as-of", "2022-11-30", "--db", dir.File("seed.db"), "--format", "json");
        Assert.Equal(0, before.ExitCode);
        Assert.Empty(JsonDocument.Parse(before.Out).RootElement.GetProperty("entries").EnumerateArray());
        var after = await CliHarness.RunAsync("timeline", "Russia", "Iran", "--as-of", "2022-12-01", "--db", dir.File("seed.db"), "--format", "json");
        var starts = JsonDocument.Parse(after.Out).RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("from", out _)).Select(e => e.GetProperty("from").GetString()).ToList();
        Assert.Equal(["1991-01-01", "2007-01-01", "2015-01-01", "2016-01-01"], starts);
    }

    [Fact]
    public async Task Relations_ego_centrality_communities_and_shared_clients_run_on_the_seed()
    {
        using var dir = await SeedAsync();
        var db = dir.File("seed.db");
        var shared = await CliHarness.RunAsync("shared-clients", "Russia", "Iran", "--db", db, "--format", "json");
        var clients = JsonDocument.Parse(shared.Out).RootElement.EnumerateArray().Select(c => c.GetProperty("client").GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "ven", "mmr" }, clients);
        Assert.Equal(0, (await CliHarness.RunAsync("relations", "Iran", "--db", db)).ExitCode);
        var ego = await CliHarness.RunAsync("ego", "Russia", "--depth", "1", "--sphere", "military", "--db", db, "--format", "json");
        Assert.Equal(0, ego.ExitCode);
        Assert.Contains("\"hezbollah\"", ego.Out);
        var centrality = await CliHarness.RunAsync("centrality", "--db", db, "--format", "json");
        Assert.Contains("rus", JsonDocument.Parse(centrality.Out).RootElement.EnumerateArray().Take(3).Select(s => s.GetProperty("actor").GetProperty("id").GetString()));
        Assert.Equal(0, (await CliHarness.RunAsync("communities", "--db", db)).ExitCode);
    }

    [Fact]
    public async Task Synth_fills_a_database_that_the_analysis_commands_read()
    {
        using var dir = new TempDir();
        var db = dir.File("synth.db");
        var synth = await CliHarness.RunAsync("synth", "--claims", "3000", "--per-source", "100", "--db", db);
        Assert.Equal(0, synth.ExitCode);
        Assert.Contains("wrote 3000 new claims from 30 sources", synth.Out);
        var again = await CliHarness.RunAsync("synth", "--claims", "3000", "--per-source", "100", "--db", db);
        Assert.Contains("wrote 0 new claims", again.Out);
        var centrality = await CliHarness.RunAsync("centrality", "--db", db, "--limit", "5", "--format", "json");
        Assert.Equal(5, JsonDocument.Parse(centrality.Out).RootElement.GetArrayLength());
        var bench = await CliHarness.RunAsync("bench", "analysis", "--claims", "2000", "--format", "json");
        Assert.Equal(["generate", "build snapshot", "actor network", "profile", "profile, warm", "path (3 hops)", "path (3 hops), warm", "centrality"],
            JsonDocument.Parse(bench.Out).RootElement.EnumerateArray().Select(s => s.GetProperty("stage").GetString()));
    }
}
