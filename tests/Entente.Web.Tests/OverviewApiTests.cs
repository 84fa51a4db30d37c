using Entente.Extraction.Readers;

namespace Entente.Web.Tests;

/// <summary>The home page's overview and the upload formats, over <see cref="FixtureCorpus"/> (3 sources, 12 claims, no verdicts).</summary>
public sealed class OverviewApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task The_overview_counts_the_fixtures_sources_and_claims_by_sphere_and_year()
    {
        var o = await fx.Client.GetJsonAsync("/api/overview");
        Assert.Equal(3, o.GetProperty("sources").GetInt32());
        Assert.Equal(12, o.GetProperty("claims").GetInt32());
        // arms-transfer ×3 and training ×2; agreement ×2 and contact; presence ×3; one sanction.
        var spheres = o.GetProperty("by_sphere").Items().ToDictionary(s => s.Str("sphere"), s => s.GetProperty("claims").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["military"] = 5, ["diplomatic"] = 3, ["structural"] = 3, ["hostile"] = 1 }, spheres);
        var years = o.GetProperty("by_year").Items().Select(y => $"{y.GetProperty("year").GetInt32()}:{y.GetProperty("claims").GetInt32()}");
        Assert.Equal(["2007:2", "2012:1", "2013:1", "2015:1", "2016:1", "2020:1", "2021:1", "2022:3"], years);
        Assert.Equal(1, o.GetProperty("undated").GetInt32()); // Tehran's denial has no time
        Assert.Equal(12, o.GetProperty("open_review").GetInt64());
    }

    [Fact]
    public async Task The_top_relations_are_the_two_told_by_both_publishers_and_recent_sources_come_newest_first()
    {
        var o = await fx.Client.GetJsonAsync("/api/overview");
        var top = o.GetProperty("top_relations").Items().ToList();
        var twice = top.Take(2).Select(r => $"{r.GetProperty("subject").Str("id")} {r.Str("type")} {r.GetProperty("object").Str("id")}").Order(StringComparer.Ordinal);
        // "Drones for Moscow" (Second Desk) repeats the 2007 agreement and the drone deliveries of the Fixture Review.
        Assert.Equal(["irn agreement rus", "irn arms-transfer rus"], twice);
        Assert.All(top.Take(2), r => Assert.Equal(2, r.GetProperty("independent_sources").GetInt32()));
        Assert.All(top.Skip(2), r => Assert.Equal(1, r.GetProperty("independent_sources").GetInt32()));
        Assert.Equal(["Drones for Moscow", "Moscow and Tehran: two decades of arms", FixtureCorpus.XssTitle],
            o.GetProperty("recent_sources").Items().Select(s => s.Str("title")));
    }

    [Fact]
    public async Task The_upload_formats_are_every_extension_the_readers_take()
    {
        var formats = (await fx.Client.GetJsonAsync("/api/uploads/formats")).GetProperty("extensions").Items().Select(e => e.GetString()!).ToList();
        Assert.Equal(DocumentReader.Extensions, formats);
        Assert.Superset(new HashSet<string> { ".txt", ".md", ".html", ".htm", ".pdf" }, formats.ToHashSet());
    }
}
