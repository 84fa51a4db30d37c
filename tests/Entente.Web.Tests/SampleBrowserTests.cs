using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The read-only pages in a real browser over the ingested sample corpus. What the reports plainly say is
/// pinned; how many claims the extractor found is read from the API, so the checks survive a better extractor.
/// </summary>
public sealed class SampleBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task Searching_Iran_expanding_Russia_and_clicking_their_edge_shows_the_S300_contract_sentence()
    {
        Assert.Contains(SampleCorpus.S300Sentence, SampleCorpus.ReportText("02-russia-iran-arms-history.md"));
        var evidence = await fx.Client.GetJsonAsync("/api/relations/rus/irn");
        var s300 = evidence.GetProperty("claims").Items().First(c => c.Str("sentence") == SampleCorpus.S300Sentence);
        var newcomer = await NeighbourOfRussiaOnlyAsync();

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph");
        await w.Page.GetByLabel("Actor", new() { Exact = true }).FillAsync("Iran");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await w.Page.Locator("button.edge[data-edge='irn|rus']").WaitForAsync();

        // Expanding Russia by tapping its node brings in a neighbour Iran does not have.
        await w.ClickOnCanvasAsync("node", "rus");
        await w.Page.WaitForFunctionAsync("id => window.__entente.cy.getElementById(id).nonempty()", newcomer);

        // The edge list, not the canvas: with many neighbours another edge may cross this one's midpoint.
        await w.Page.Locator("button.edge[data-edge='irn|rus']").ClickAsync();
        var panel = w.Page.Locator("section.evidence");
        var card = panel.Locator($"article.claim[data-claim-id='{s300.Str("id")}']");
        await card.GetByText(SampleCorpus.S300Sentence).WaitForAsync();
        Assert.Contains(s300.Str("rating"), await card.InnerTextAsync());
        Assert.Contains(SampleCorpus.ArmsHistoryTitle, await card.InnerTextAsync());
        Assert.Equal(evidence.GetProperty("claims").GetArrayLength(), await panel.Locator("article.claim").CountAsync());
        await w.ScreenshotAsync("sample-graph");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_pair_profile_heat_map_cells_are_the_claim_counts_of_the_profile_API()
    {
        var profile = await fx.Client.GetJsonAsync("/api/profile/rus/irn");
        var expected = profile.GetProperty("matrix").Items()
            .Where(c => c.TryGetProperty("year", out _))
            .ToDictionary(c => $"{c.Str("sphere")}|{c.GetProperty("year").GetInt32()}", c => c.GetProperty("claims").GetInt32().ToString());

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/profile?a=rus&b=irn");
        var cells = await w.Page.Locator("table.heat td").EvaluateAllAsync<string[][]>(
            "tds => tds.map(td => [td.dataset.sphere + '|' + td.dataset.year, td.textContent.trim()])");
        Assert.NotEmpty(cells);
        foreach (var cell in cells) Assert.Equal(expected.GetValueOrDefault(cell[0], ""), cell[1]);
        Assert.Equal(expected.Count, cells.Count(c => c[1].Length > 0));
        // 01-russia-iran-shahed-drones.md: "Iran supplied Russia with Shahed-136 loitering munitions in the late summer of 2022".
        var drones = await w.Page.Locator("table.heat td[data-sphere='military'][data-year='2022']").InnerTextAsync();
        Assert.True(int.Parse(drones.Trim()) >= 1, $"the 2022 Shahed deliveries are military claims of 2022, not '{drones}'");
        await w.ScreenshotAsync("sample-profile");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_map_of_Russia_shades_Syria_where_its_bases_are()
    {
        var map = await fx.Client.GetJsonAsync("/api/map/rus");
        var places = map.GetProperty("theaters").Items().Select(t => t.Str("iso3")).ToHashSet();

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/map?actor=rus");
        var syria = w.Page.Locator("svg.world path[data-iso3='SYR']");
        Assert.Contains("active", await syria.GetAttributeAsync("class"));
        Assert.NotEqual("rgb(223, 227, 230)", await syria.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        var claims = await w.Page.Locator("table.theater-table tr[data-theater='syr'] td").First.InnerTextAsync();
        Assert.True(int.Parse(claims) >= 1, "15-russia-syria-bases.html places Russian forces in Syria");
        Assert.DoesNotContain("BRA", places);
        Assert.DoesNotContain("active", await w.Page.Locator("svg.world path[data-iso3='BRA']").GetAttributeAsync("class"));
        await w.ScreenshotAsync("sample-map");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_Russia_Iran_timeline_draws_every_dated_claim_at_its_own_precision()
    {
        var entries = (await fx.Client.GetJsonAsync("/api/timeline/rus?other=irn")).GetProperty("entries").Items()
            .Where(e => e.TryGetProperty("from", out _)).ToList();

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/timeline?actor=rus&other=irn");
        var rows = await w.Page.Locator("li.row").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.claimId, r.dataset.precision])");
        Assert.Equal(entries.Select(e => $"{e.GetProperty("evidence").Str("claim_id")} {e.Str("precision")}"), rows.Select(r => $"{r[0]} {r[1]}"));
        // "Russia signed a contract in 2007 ...": dated to a year, so drawn as a year.
        var contract = entries.First(e => e.GetProperty("evidence").Str("text").Contains("S-300", StringComparison.Ordinal));
        Assert.Equal("year", contract.Str("precision"));
        await w.ScreenshotAsync("sample-timeline");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_arms_history_report_opens_with_each_claims_evidence_highlighted()
    {
        var sources = await fx.Client.GetJsonAsync("/api/sources");
        var id = sources.Items().Single(s => s.Str("title") == SampleCorpus.ArmsHistoryTitle).Str("id");
        var claims = (await fx.Client.GetJsonAsync($"/api/sources/{id}")).GetProperty("claims").Items().ToList();

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        await w.Page.GetByRole(AriaRole.Link, new() { Name = SampleCorpus.ArmsHistoryTitle }).ClickAsync();
        await w.Page.Locator(".source-text mark.evidence").First.WaitForAsync();
        Assert.Equal(claims.Count, await w.Page.Locator(".source-claims > li").CountAsync());
        // Mentions cut a claim's evidence into several marks; the marks carrying its id spell the evidence.
        foreach (var claim in claims)
        {
            var marked = await w.Page.EvaluateAsync<string>(
                "id => [...document.querySelectorAll('.source-text mark.evidence')].filter(m => m.dataset.claims.split(' ').includes(id)).map(m => m.textContent).join('')",
                claim.Str("id"));
            Assert.Equal(claim.GetProperty("evidence").Str("text"), marked);
        }
        Assert.Contains("S-300", string.Concat(await w.Page.Locator(".source-text mark.evidence").AllTextContentsAsync()));
        Assert.True(await w.Page.Locator(".source-text .mention").CountAsync() > 0, "entity mentions are highlighted too");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Show in text" }).First.ClickAsync();
        Assert.True(await w.Page.Locator(".source-text mark.current").CountAsync() >= 1, "the chosen claim is marked as current");
        await w.ScreenshotAsync("sample-source");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Full_text_search_for_Shahed_finds_the_drone_report()
    {
        var hits = (await fx.Client.GetJsonAsync("/api/search?q=Shahed")).GetArrayLength();

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        await w.Page.GetByLabel("Full-text search").FillAsync("Shahed");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var results = w.Page.Locator(".search-results");
        await results.Locator("h2", new() { HasTextRegex = new Regex($"^{hits} results? for") }).WaitForAsync();
        await results.GetByRole(AriaRole.Link, new() { Name = SampleCorpus.DronesTitle }).WaitForAsync();
        await w.ScreenshotAsync("sample-sources");
        Assert.Empty(w.Errors);
    }

    /// <summary>An actor next to Russia but not next to Iran, so that it appears only once Russia is expanded.</summary>
    private async Task<string> NeighbourOfRussiaOnlyAsync()
    {
        var ids = async (string actor) => (await fx.Client.GetJsonAsync($"/api/graph/{actor}")).GetProperty("nodes").Items().Select(n => n.Str("id")).ToHashSet();
        var iran = await ids("irn");
        return (await ids("rus")).Where(n => !iran.Contains(n)).Order(StringComparer.Ordinal).First();
    }
}
