namespace Entente.Web.Tests;

/// <summary>The network page and the upload picker in a real browser over the sample corpus; what they show is the API's.</summary>
public sealed class NetworkBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task The_network_page_shows_the_APIs_centrality_communities_and_each_hops_evidence()
    {
        var scores = (await fx.Client.GetJsonAsync("/api/network/centrality?limit=25")).Items().Select(s => s.GetProperty("actor").Str("id"));
        var communities = (await fx.Client.GetJsonAsync("/api/network/communities")).GetArrayLength();
        var paths = (await fx.Client.GetJsonAsync("/api/network/paths/ven/irn?max_length=3")).Items().ToList();
        Assert.NotEmpty(paths);

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/network?a=ven&b=irn");
        Assert.Equal(scores, await w.Page.Locator("table.centrality tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.actor)"));
        Assert.Equal(communities, await w.Page.Locator("ol.communities > li").CountAsync());
        Assert.Equal(paths.Count, await w.Page.Locator("ol.path-list > li.path").CountAsync());
        // Every hop quotes the best claim of each of its strongest relations, as the API gives them.
        var claims = paths.SelectMany(p => p.GetProperty("hops").Items()).SelectMany(h => h.GetProperty("relations").Items())
            .Select(r => r.GetProperty("evidence").Str("claim_id"));
        Assert.Equal(claims, await w.Page.Locator("li.hop-relation").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.claimId)"));
        var first = paths[0].GetProperty("hops")[0].GetProperty("relations")[0].GetProperty("evidence").Str("text");
        Assert.Equal(first, await w.Page.Locator("li.hop-relation q").First.InnerTextAsync());
        Assert.Equal(["Venezuela", "Iran"], await w.Page.Locator("section[aria-labelledby='h-paths'] input[type='search']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        await w.Page.EvaluateAsync("() => document.getElementById('h-paths').scrollIntoView({ block: 'start' })");
        await w.GuideScreenshotAsync("network-paths");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_upload_picker_offers_every_format_the_server_reads()
    {
        var extensions = (await fx.Client.GetJsonAsync("/api/uploads/formats")).GetProperty("extensions").Items().Select(e => e.GetString()!).ToList();
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        var accept = await w.Page.Locator("input#upload-file").GetAttributeAsync("accept");
        Assert.Equal(extensions, accept!.Split(','));
        Assert.Superset(new HashSet<string> { ".txt", ".md", ".html", ".htm", ".pdf" }, accept.Split(',').ToHashSet());
        Assert.Empty(w.Errors);
    }
}
