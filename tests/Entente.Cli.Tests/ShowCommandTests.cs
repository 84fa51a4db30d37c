using System.Text.Json;

namespace Entente.Cli.Tests;

/// <summary>`entente show ACTOR` on the seed article and the sample corpus.</summary>
public sealed class ShowCommandTests(JudgementWorld world) : IClassFixture<JudgementWorld>
{
    [Fact]
    public async Task Show_Iran_gives_its_entry_relations_by_sphere_timeline_theaters_and_sources()
    {
        var run = await CliHarness.RunAsync("show", "Iran", "--db", world.Db, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Err);
        var r = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("irn", r.GetProperty("actor").GetProperty("id").GetString());
        Assert.Contains("Persia", r.GetProperty("entry").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var spheres = r.GetProperty("spheres").EnumerateArray().Select(s => s.GetProperty("sphere").GetString()).ToList();
        Assert.Contains("military", spheres);
        Assert.All(r.GetProperty("spheres").EnumerateArray().SelectMany(s => s.GetProperty("relations").EnumerateArray()),
            rel => Assert.True(rel.GetProperty("subject").GetProperty("id").GetString() == "irn" || rel.GetProperty("object").GetProperty("id").GetString() == "irn"));
        Assert.Contains("syr", r.GetProperty("theaters").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        var sources = r.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("title").GetString() == "S-300s, Sukhois and a borrowed airbase - a short history of Russian arms for Iran");
        Assert.Equal(r.GetProperty("claims").GetInt32(), sources.Sum(s => s.GetProperty("claims").GetInt32()));
        Assert.Equal(r.GetProperty("claims").GetInt32(), r.GetProperty("timeline").GetProperty("entries").GetArrayLength());
        // The sample corpus's "Tehran denies arming the Houthis" stands beside the claims it denies.
        Assert.Contains(r.GetProperty("conflicts").EnumerateArray(), c =>
            c.GetProperty("kind").GetString() == "denial" && c.GetProperty("object").GetProperty("id").GetString() == "houthis");
    }

    [Fact]
    public async Task Show_as_a_table_and_an_unknown_actor_is_a_clear_error()
    {
        var table = await CliHarness.RunAsync("show", "Iran", "--db", world.Db);
        var unknown = await CliHarness.RunAsync("show", "Atlantis", "--db", world.Db);

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("Iran (irn, state):", table.Out);
        Assert.Contains("theaters: ", table.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("unknown actor 'Atlantis'", unknown.Err);
    }
}
