namespace Entente.Web.Tests;

/// <summary>The network page and the upload picker in a real browser over the sample corpus; what they show is the API's.</summary>
public sealed class NetworkBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task The_network_page_shows_the_APIs_centrality_communities_and_each_hops_evidence()
    {
        // The page leaves hostile ties out until asked, in all three analyses.
        var scores = (await fx.Client.GetJsonAsync("/api/network/centrality?limit=25&hostile=false")).Items().Select(s => s.GetProperty("actor").Str("id"));
        var communities = (await fx.Client.GetJsonAsync("/api/network/communities")).GetArrayLength();
        var paths = (await fx.Client.GetJsonAsync("/api/network/paths/ven/irn?max_length=3&hostile=false")).Items().ToList();
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
    public async Task Filters_narrow_centrality_communities_and_paths_alike_and_keep_focus_on_the_control_changed()
    {
        await using var w = await fx.OpenAsync();
        var page = w.Page;
        await w.GoAsync("#/network?a=rus&b=irn");
        await page.Locator("ol.path-list").WaitForAsync();

        // Military ties only, at least likely, from 2015 on, hostile ties counted: chosen on the page, one control at a time.
        await page.Locator("input[name='sphere-military']").CheckAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('sphere=military') && !document.querySelector('main[aria-busy]')");
        Assert.Equal("sphere-military", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Locator("select[name='certainty']").SelectOptionAsync("likely");
        await page.WaitForFunctionAsync("() => location.hash.includes('certainty=likely') && !document.querySelector('main[aria-busy]')");
        await page.Locator("input[name='from']").FillAsync("2015");
        await page.Locator("input[name='from']").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash.includes('from=2015') && !document.querySelector('main[aria-busy]')");
        await page.Locator("input[name='hostile']").CheckAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('hostile=true') && !document.querySelector('main[aria-busy]')");
        Assert.Equal("hostile", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Locator("section[aria-labelledby='h-paths'] .path-list, section[aria-labelledby='h-paths'] p.muted").First.WaitForAsync();
        await page.Locator("table.centrality, section[aria-labelledby='h-centrality'] p.muted").First.WaitForAsync();

        const string Filters = "sphere=military&certainty=likely&from=2015";
        var scores = (await fx.Client.GetJsonAsync($"/api/network/centrality?limit=25&hostile=true&{Filters}")).Items().Select(s => s.GetProperty("actor").Str("id")).ToList();
        var unfiltered = (await fx.Client.GetJsonAsync("/api/network/centrality?limit=25&hostile=true")).Items().Select(s => s.GetProperty("actor").Str("id")).ToList();
        Assert.NotEqual(unfiltered, scores);
        Assert.Equal(scores, await page.Locator("table.centrality tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.actor)"));
        var communities = (await fx.Client.GetJsonAsync($"/api/network/communities?include_hostile=true&{Filters}")).GetArrayLength();
        Assert.Equal(communities, await page.Locator("ol.communities > li").CountAsync());
        var paths = (await fx.Client.GetJsonAsync($"/api/network/paths/rus/irn?max_length=3&hostile=true&{Filters}")).Items().ToList();
        Assert.Equal(paths.Count, await page.Locator("ol.path-list > li.path").CountAsync());
        // Each hop's evidence is one of the filtered relations': military, and the claim the API quotes.
        var claims = paths.SelectMany(p => p.GetProperty("hops").Items()).SelectMany(h => h.GetProperty("relations").Items())
            .Select(r => r.GetProperty("evidence").Str("claim_id")).ToList();
        Assert.Equal(claims, await page.Locator("li.hop-relation").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.claimId)"));
        Assert.All(await page.Locator("li.hop-relation .relation").EvaluateAllAsync<string[]>("spans => spans.map(s => s.className)"),
            c => Assert.Contains("sphere-military", c));
        // The filters stay in the address and on the controls after a reload.
        await page.ReloadAsync();
        await page.Locator("main#view:not([aria-busy])").WaitForAsync();
        Assert.True(await page.Locator("input[name='sphere-military']").IsCheckedAsync());
        Assert.Equal("likely", await page.Locator("select[name='certainty']").InputValueAsync());
        Assert.Equal("2015", await page.Locator("input[name='from']").InputValueAsync());
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
