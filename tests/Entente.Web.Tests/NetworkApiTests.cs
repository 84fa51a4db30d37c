using System.Net;

namespace Entente.Web.Tests;

/// <summary>
/// Centrality, communities and paths over <see cref="FixtureCorpus"/>. Its actor graph: Iran is tied to Russia, the
/// United States (a sanction, hostile) and the fixture's cell (training); Russia, the IRGC and Hezbollah to Syria.
/// </summary>
public sealed class NetworkApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task Centrality_gives_each_actor_its_partners_strongest_PageRank_first()
    {
        var scores = (await fx.Client.GetJsonAsync("/api/network/centrality")).Items().ToList();
        var degree = scores.ToDictionary(s => s.GetProperty("actor").Str("id"), s => s.GetProperty("degree").GetInt32());
        Assert.Equal(3, degree["irn"]);
        Assert.Equal(2, degree["rus"]);
        Assert.Equal(3, degree["syr"]);
        Assert.Equal(1, degree["usa"]);
        var ranks = scores.Select(s => s.GetProperty("page_rank").GetDouble()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        // Russia lies on every path between Syria's side and Iran's.
        Assert.True(scores.Single(s => s.GetProperty("actor").Str("id") == "rus").GetProperty("betweenness").GetDouble() > 0);
        Assert.Equal(2, (await fx.Client.GetJsonAsync("/api/network/centrality?limit=2")).GetArrayLength());
    }

    [Fact]
    public async Task Communities_leave_out_a_tie_that_is_only_hostile_unless_asked()
    {
        var members = async (string q) => (await fx.Client.GetJsonAsync("/api/network/communities" + q)).Items()
            .Select(c => c.GetProperty("members").Items().Select(m => m.Str("id")).ToHashSet()).ToList();
        var cooperative = await members("");
        // The sanction is the United States' only tie: alone, it is no community of two or more.
        Assert.DoesNotContain(cooperative, c => c.Contains("usa"));
        Assert.Contains(cooperative, c => c.Contains("irn"));
        var withHostile = await members("?include_hostile=true");
        Assert.Contains(withHostile, c => c.Contains("usa") && c.Contains("irn"));
        Assert.Contains(await members("?min_size=1"), c => c.SetEquals(["usa"]));
    }

    [Fact]
    public async Task A_path_from_the_United_States_to_Syria_runs_through_Iran_and_Russia_with_evidence_per_hop()
    {
        var paths = (await fx.Client.GetJsonAsync("/api/network/paths/usa/Syria?max_length=3")).Items().ToList();
        var path = Assert.Single(paths);
        Assert.Equal(["usa", "irn", "rus", "syr"], path.GetProperty("actors").Items().Select(a => a.Str("id")));
        var hops = path.GetProperty("hops").Items().ToList();
        Assert.Equal(3, hops.Count);
        var sources = await fx.Client.GetJsonAsync("/api/sources");
        var texts = new List<string>();
        foreach (var id in sources.Items().Select(s => s.Str("id")))
            texts.Add((await fx.Client.GetJsonAsync($"/api/sources/{id}")).Str("text"));
        foreach (var hop in hops)
        {
            var relation = hop.GetProperty("relations").Items().First();
            var evidence = relation.GetProperty("evidence");
            Assert.Contains(texts, t => t.Contains(evidence.Str("text"), StringComparison.Ordinal));
        }
        Assert.Equal("sanction", hops[0].GetProperty("relations").Items().Single().Str("type"));
        Assert.Equal(FixtureCorpus.S300Sentence[..^", after years of delay.".Length],
            hops[1].GetProperty("relations").Items().Single(r => r.Str("type") == "arms-transfer" && r.GetProperty("subject").Str("id") == "rus").GetProperty("evidence").Str("text"));
        Assert.Empty((await fx.Client.GetJsonAsync("/api/network/paths/usa/syr?max_length=2")).Items());
    }

    [Fact]
    public async Task Hostile_false_leaves_the_sanction_out_of_centrality_and_paths_as_communities_do()
    {
        var ids = async (string q) => (await fx.Client.GetJsonAsync("/api/network/centrality" + q)).Items().Select(s => s.GetProperty("actor").Str("id")).ToHashSet();
        Assert.Contains("usa", await ids(""));
        Assert.DoesNotContain("usa", await ids("?hostile=false"));
        Assert.Contains("irn", await ids("?hostile=false"));

        Assert.Single((await fx.Client.GetJsonAsync("/api/network/paths/usa/syr?max_length=3")).Items());
        Assert.Empty((await fx.Client.GetJsonAsync("/api/network/paths/usa/syr?max_length=3&hostile=false")).Items());
        // The other filters narrow paths too: no arms transfer is dated before 1950, so no path survives that window.
        Assert.Empty((await fx.Client.GetJsonAsync("/api/network/paths/irn/syr?max_length=3&from=1900&to=1950")).Items());
        Assert.NotEmpty((await fx.Client.GetJsonAsync("/api/network/paths/irn/syr?max_length=3")).Items());
    }

    [Theory]
    [InlineData("/api/network/paths/usa/syr?max_length=7", HttpStatusCode.BadRequest)]
    [InlineData("/api/network/paths/usa/nowhere-land", HttpStatusCode.NotFound)]
    [InlineData("/api/network/centrality?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/network/centrality?sphere=cosmic", HttpStatusCode.BadRequest)]
    [InlineData("/api/network/communities?resolution=-1", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_are_problems(string path, HttpStatusCode status) =>
        await fx.Client.GetJsonAsync(path, status);

    [Fact]
    public async Task A_repeated_network_answer_comes_from_the_response_cache()
    {
        await fx.Client.GetJsonAsync("/api/network/centrality?limit=3");
        using var again = await fx.Client.GetAsync("/api/network/centrality?limit=3", TestContext.Current.CancellationToken);
        Assert.Equal("hit", again.Headers.GetValues("X-Entente-Cache").Single());
    }
}
