using System.Net;

namespace Entente.Web.Tests;

public sealed class GraphApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task The_neighbourhood_of_Iran_links_it_to_Russia_with_claims_and_corroboration()
    {
        var graph = await fx.Client.GetJsonAsync("/api/graph/irn");
        Assert.Equal("irn", graph.GetProperty("center").Str("id"));
        Assert.Contains(graph.GetProperty("nodes").Items(), n => n.Str("id") == "rus" && n.Str("kind") == "state");
        var edge = graph.GetProperty("edges").Items().Single(e => e.Str("id") == "irn|rus");
        Assert.Equal(6, edge.GetProperty("claims").GetInt32());
        Assert.True(edge.GetProperty("corroboration").GetInt32() >= 2, "the 2007 agreement is told by two sources");
        Assert.Equal("asserted", edge.Str("certainty"));
        Assert.Contains(edge.GetProperty("relations").Items(), r => r.Str("type") == "arms-transfer");
    }

    [Fact]
    public async Task An_actor_can_be_named_rather_than_given_by_id()
    {
        var graph = await fx.Client.GetJsonAsync("/api/graph/Iran");
        Assert.Equal("irn", graph.GetProperty("center").Str("id"));
    }

    [Fact]
    public async Task Filters_narrow_the_neighbourhood_by_sphere_certainty_and_time()
    {
        var military = await fx.Client.GetJsonAsync("/api/graph/irn?sphere=military");
        var edge = military.GetProperty("edges").Items().Single(e => e.Str("id") == "irn|rus");
        Assert.All(edge.GetProperty("relations").Items(), r => Assert.Contains(r.Str("type"), new[] { "arms-transfer" }));

        var asserted = await fx.Client.GetJsonAsync("/api/graph/irn?certainty=asserted&from=2016&to=2016");
        var only = asserted.GetProperty("edges").Items().Single(e => e.Str("id") == "irn|rus");
        Assert.Equal(1, only.GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task Roll_up_counts_the_IRGC_as_Iran()
    {
        var plain = await fx.Client.GetJsonAsync("/api/map/irn");
        var rolled = await fx.Client.GetJsonAsync("/api/map/irn?rollup=true");
        var syriaPlain = plain.GetProperty("theaters").Items().Single(t => t.Str("id") == "syr").GetProperty("claims_a").GetInt32();
        var syriaRolled = rolled.GetProperty("theaters").Items().Single(t => t.Str("id") == "syr").GetProperty("claims_a").GetInt32();
        Assert.True(syriaRolled > syriaPlain, $"rolled up {syriaRolled}, plain {syriaPlain}");
    }

    [Fact]
    public async Task The_evidence_of_the_Russia_Iran_edge_has_the_S300_sentence_its_source_and_rating()
    {
        var ev = await fx.Client.GetJsonAsync("/api/relations/rus/irn");
        var claim = ev.GetProperty("claims").Items().Single(c => c.Str("sentence") == FixtureCorpus.S300Sentence);
        Assert.Equal("arms-transfer", claim.Str("relation"));
        Assert.Equal("Moscow and Tehran: two decades of arms", claim.GetProperty("source").Str("title"));
        Assert.Equal("B2", claim.Str("rating"));
        Assert.Equal("year", claim.GetProperty("time").Str("precision"));
        Assert.Equal("s-300", claim.GetProperty("materiel")[0].Str("id"));
    }

    [Theory]
    [InlineData("/api/graph/nowhere-land")]
    [InlineData("/api/relations/rus/nowhere-land")]
    [InlineData("/api/profile/nowhere-land/irn")]
    [InlineData("/api/map/nowhere-land")]
    [InlineData("/api/timeline/nowhere-land")]
    [InlineData("/api/claims/c-000000000000000000000000")]
    [InlineData("/api/sources/src-00000000000000000000")]
    public async Task Unknown_things_are_404_problems_in_json(string path)
    {
        using var response = await fx.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/graph/irn?sphere=cosmic", "unknown sphere 'cosmic'")]
    [InlineData("/api/graph/irn?certainty=maybe", "unknown certainty 'maybe'")]
    [InlineData("/api/graph/irn?from=2020&to=2010", "from (2020) is after to (2010)")]
    [InlineData("/api/claims?relation=hugging", "unknown relation 'hugging'")]
    [InlineData("/api/search?q=", "q is required")]
    public async Task Bad_parameters_are_400_problems_that_say_what_is_wrong(string path, string detail)
    {
        var problem = await fx.Client.GetJsonAsync(path, HttpStatusCode.BadRequest);
        Assert.Contains(detail, problem.Str("detail"));
    }
}
