using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The pages in a real browser, read-only: graph, profile, map, timeline, source reader.</summary>
public sealed class BrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Searching_Iran_and_clicking_the_Russia_Iran_edge_shows_the_S300_sentence()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph");
        await w.Page.GetByLabel("Actor", new() { Exact = true }).FillAsync("Iran");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await w.Page.Locator("button.edge[data-edge='irn|rus']").WaitForAsync();

        // Expand Russia by tapping its node on the canvas: Syria, where Russia has forces, joins the graph.
        await ClickOnCanvasAsync(w.Page, "node", "rus");
        await w.Page.WaitForFunctionAsync("() => window.__entente.cy.getElementById('syr').nonempty()");

        // Click the edge itself on the canvas.
        await ClickOnCanvasAsync(w.Page, "edge", "irn|rus");
        var evidence = w.Page.Locator("section.evidence");
        await evidence.GetByText(FixtureCorpus.S300Sentence).WaitForAsync();
        Assert.Contains("B2", await evidence.Locator("article.claim", new() { HasText = "delivered the S-300" }).InnerTextAsync());
        await w.ScreenshotAsync("graph");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_pair_profile_heat_map_has_the_claims_of_each_sphere_and_year()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/profile?a=rus&b=irn");
        var cell = w.Page.Locator("table.heat td[data-sphere='diplomatic'][data-year='2007']");
        Assert.Equal("2", (await cell.InnerTextAsync()).Trim());
        Assert.Equal("1", (await w.Page.Locator("table.heat td[data-sphere='military'][data-year='2016']").InnerTextAsync()).Trim());
        Assert.Equal("", (await w.Page.Locator("table.heat td[data-sphere='military'][data-year='2010']").InnerTextAsync()).Trim());
        await w.ScreenshotAsync("profile");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_map_shades_Syria_for_Russia_and_outlines_it_as_shared_with_Iran()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/map?actor=rus&other=irn");
        var syria = w.Page.Locator("svg.world path[data-iso3='SYR']");
        var classes = await syria.GetAttributeAsync("class");
        Assert.Contains("active", classes);
        Assert.Contains("copresent", classes);
        Assert.DoesNotContain("active", await w.Page.Locator("svg.world path[data-iso3='BRA']").GetAttributeAsync("class"));
        var fill = await syria.EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.NotEqual("rgb(223, 227, 230)", fill);
        await w.ScreenshotAsync("map");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_timeline_draws_a_year_as_a_bar_and_not_as_a_day()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/timeline?actor=rus&other=irn");
        var yearBar = w.Page.Locator("li.row[data-precision='year'] .bar").First;
        var box = await yearBar.BoundingBoxAsync();
        var track = await w.Page.Locator("li.row .track").First.BoundingBoxAsync();
        // The claims span 2007–2022 (16 years): one year is about a sixteenth of the track.
        Assert.InRange(box!.Width / track!.Width, 1 / 20.0, 1 / 12.0);
        await w.ScreenshotAsync("timeline");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task A_source_opens_with_its_claims_highlighted_in_the_text()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        await w.Page.GetByRole(AriaRole.Link, new() { Name = "Moscow and Tehran: two decades of arms" }).ClickAsync();
        await w.Page.Locator(".source-text mark.evidence").First.WaitForAsync();
        // Mentions inside a claim's evidence cut it into several marks; together they hold the words.
        var marked = await w.Page.EvaluateAsync<string>("() => [...document.querySelectorAll('.source-text mark.evidence')].map(m => m.textContent).join('')");
        Assert.Contains("Russia finally delivered the S-300 to Iran in 2016", marked);
        Assert.True(await w.Page.Locator(".source-text .mention").CountAsync() > 0, "entity mentions are highlighted too");
        Assert.Equal(7, await w.Page.Locator(".source-claims > li").CountAsync());
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Show in text" }).Nth(1).ClickAsync();
        Assert.True(await w.Page.Locator(".source-text mark.current").CountAsync() >= 1, "the chosen claim is marked as current");
        await w.ScreenshotAsync("source");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Full_text_search_lists_the_sources_that_name_a_word()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        await w.Page.GetByLabel("Full-text search").FillAsync("Shahed");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await w.Page.Locator(".search-results h2", new() { HasText = "1 result" }).WaitForAsync();
        await w.ScreenshotAsync("sources");
        Assert.Empty(w.Errors);
    }

    /// <summary>Clicks a node or an edge where Cytoscape drew it, as a person would.</summary>
    internal static async Task ClickOnCanvasAsync(IPage page, string group, string id)
    {
        var point = await page.EvaluateAsync<double[]>(
            """
            ([group, id]) => {
              const cy = window.__entente.cy;
              const el = cy.getElementById(id);
              const p = group === "edge" ? el.renderedMidpoint() : el.renderedPosition();
              const r = cy.container().getBoundingClientRect();
              return [r.left + p.x, r.top + p.y];
            }
            """, new[] { group, id });
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }
}
