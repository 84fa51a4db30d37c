using System.Net;

namespace Entente.Web.Tests;

public sealed class ViewApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task The_pair_profile_counts_claims_by_sphere_and_year()
    {
        var p = await fx.Client.GetJsonAsync("/api/profile/rus/irn");
        int Cell(string sphere, int year) => p.GetProperty("matrix").Items()
            .Where(c => c.Str("sphere") == sphere && c.TryGetProperty("year", out var y) && y.GetInt32() == year)
            .Select(c => c.GetProperty("claims").GetInt32()).SingleOrDefault();
        Assert.Equal(2, Cell("diplomatic", 2007));
        Assert.Equal(1, Cell("military", 2016));
        Assert.Equal(2, Cell("military", 2022));
        Assert.Equal(6, p.GetProperty("claims").GetInt32());
        Assert.Contains(p.GetProperty("indicators").Items(), i => i.Str("id") == "breadth");
    }

    [Fact]
    public async Task The_map_puts_Russia_in_Syria_and_marks_it_shared_with_Iran()
    {
        var map = await fx.Client.GetJsonAsync("/api/map/rus?other=irn");
        var syria = map.GetProperty("theaters").Items().Single(t => t.Str("id") == "syr");
        Assert.Equal("SYR", syria.Str("iso3"));
        Assert.Equal(1, syria.GetProperty("claims_a").GetInt32());
        Assert.True(syria.GetProperty("co_present").GetBoolean());
        Assert.True(map.GetProperty("co_presence_test").GetProperty("permutations").GetInt32() > 0);
    }

    [Fact]
    public async Task The_timeline_keeps_each_claims_precision()
    {
        var t = await fx.Client.GetJsonAsync("/api/timeline/rus?other=irn");
        var entries = t.GetProperty("entries").Items().ToList();
        var delivery = entries.Single(e => e.GetProperty("evidence").Str("text").Contains("delivered the S-300"));
        Assert.Equal("2016-01-01", delivery.Str("from"));
        Assert.Equal("2016-12-31", delivery.Str("to"));
        Assert.Equal("year", delivery.Str("precision"));
        var autumn = entries.Single(e => e.GetProperty("evidence").Str("text").Contains("autumn"));
        Assert.Equal("season", autumn.Str("precision"));
        Assert.Equal(entries.Select(e => e.Str("from")).Order(StringComparer.Ordinal), entries.Select(e => e.Str("from")));
    }

    [Fact]
    public async Task Claims_list_by_actor_and_one_claim_by_id()
    {
        var claims = await fx.Client.GetJsonAsync("/api/claims?actor=hezbollah");
        var only = Assert.Single(claims.Items());
        Assert.Equal("presence", only.Str("relation"));
        var again = await fx.Client.GetJsonAsync("/api/claims/" + only.Str("id"));
        Assert.Equal(only.Str("sentence"), again.Str("sentence"));
    }

    [Fact]
    public async Task A_source_comes_with_its_text_and_claims_whose_offsets_point_into_it()
    {
        var sources = await fx.Client.GetJsonAsync("/api/sources");
        Assert.Equal(3, sources.GetArrayLength());
        var id = sources.Items().Single(s => s.Str("title") == "Drones for Moscow").Str("id");
        var detail = await fx.Client.GetJsonAsync("/api/sources/" + id);
        var text = detail.Str("text");
        Assert.Equal(FixtureCorpus.DronesText, text);
        Assert.Equal(2, detail.GetProperty("claims").GetArrayLength());
        foreach (var c in detail.GetProperty("claims").Items())
        {
            var ev = c.GetProperty("evidence");
            Assert.Equal(ev.Str("text"), text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task Full_text_search_finds_the_sources_that_name_the_S300()
    {
        var hits = await fx.Client.GetJsonAsync("/api/search?q=S-300");
        Assert.Equal(
            new[] { "Drones for Moscow", "Moscow and Tehran: two decades of arms" },
            hits.Items().Select(h => h.Str("title")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Entity_search_finds_Iran_by_name()
    {
        var found = await fx.Client.GetJsonAsync("/api/entities?q=Iran");
        Assert.Equal("irn", found[0].Str("id"));
    }

    [Fact]
    public async Task The_ontology_lists_relations_with_their_spheres()
    {
        var o = await fx.Client.GetJsonAsync("/api/ontology");
        Assert.Contains(o.GetProperty("relations").Items(), r => r.Str("id") == "arms-transfer" && r.Str("sphere") == "military");
        Assert.Contains(o.GetProperty("certainties").Items(), c => c.GetString() == "denied");
    }

    [Fact]
    public async Task The_review_queue_shows_each_claim_in_its_passage_with_the_evidence_marked()
    {
        var q = await fx.Client.GetJsonAsync("/api/review?limit=50");
        Assert.Equal(12, q.GetProperty("remaining").GetInt64()); // every fixture claim, the hostile denial included
        var item = q.GetProperty("items").Items().Single(i => i.GetProperty("claim").Str("sentence") == FixtureCorpus.ReachedSentence);
        var passage = item.GetProperty("passage");
        var sentence = passage.Str("sentence");
        var marked = sentence[passage.GetProperty("highlight_start").GetInt32()..passage.GetProperty("highlight_end").GetInt32()];
        Assert.Equal("Iranian drones reached Russia in the autumn of 2022", marked);
        Assert.Equal("Drones for Moscow\n", passage.Str("before"));
    }

    [Fact]
    public async Task Every_view_answers_json_with_the_right_content_type()
    {
        foreach (var path in new[] { "/api/graph/irn", "/api/relations/rus/irn", "/api/profile/rus/irn", "/api/map/rus", "/api/timeline/rus",
                     "/api/claims", "/api/sources", "/api/search?q=Syria", "/api/entities?q=Syria", "/api/review", "/api/verdicts", "/api/ontology" })
        {
            using var response = await fx.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, path);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        var doc = await fx.Client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/graph/{actor}", "/api/relations/{a}/{b}", "/api/profile/{a}/{b}", "/api/map/{a}", "/api/timeline/{a}",
                     "/api/claims", "/api/sources/{id}", "/api/search", "/api/review", "/api/verdicts", "/api/uploads" })
            Assert.Contains(p, paths);
    }
}
