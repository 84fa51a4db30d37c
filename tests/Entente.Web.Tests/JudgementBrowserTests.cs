using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The brief, the hypothesis matrix and the entity page in a real browser over the fixture corpus, whose hostile
/// source puts script and image tags in a title, a publisher, an entity name and evidence: they must show as text.
/// </summary>
public sealed class JudgementBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task From_the_profile_the_brief_and_the_matrix_show_what_the_API_says_with_hostile_text_inert()
    {
        var brief = await fx.Client.GetJsonAsync("/api/brief/rus/irn");
        var ach = await fx.Client.GetJsonAsync("/api/ach/rus/irn");

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/profile?a=rus&b=irn");
        await w.Page.GetByRole(AriaRole.Link, new() { Name = "Brief", Exact = true }).Last.ClickAsync();
        var bottom = w.Page.Locator("section.bottom-line");
        await bottom.WaitForAsync();
        Assert.Contains(brief.Str("phrase"), await bottom.InnerTextAsync());
        var citations = w.Page.Locator("ol.citations > li");
        Assert.Equal(brief.GetProperty("citations").GetArrayLength(), await citations.CountAsync());
        // The hostile source's evidence is cited (Russia met … Iran officials): its tags are text, with its title and publisher.
        await citations.GetByText(FixtureCorpus.XssScript, new() { Exact = false }).First.WaitForAsync();
        Assert.Contains("Unknown <b>Press</b>", string.Join("\n", await citations.AllInnerTextsAsync()));
        await AssertInertAsync(w);
        await w.ScreenshotAsync("judgement-brief");

        await w.Page.GetByRole(AriaRole.Link, new() { Name = "The whole matrix" }).ClickAsync();
        var first = w.Page.Locator("table.ach-ranking tbody tr").First;
        await first.WaitForAsync();
        Assert.Equal(ach.GetProperty("ranking")[0].Str("id"), await first.GetAttributeAsync("data-hypothesis"));
        Assert.Equal(ach.GetProperty("rows").GetArrayLength(), await w.Page.Locator("table.ach-matrix tbody tr").CountAsync());

        // An override is a record: the cell shows it, marked, and the API lists it as set by the analyst.
        var row = ach.GetProperty("rows")[0].GetProperty("evidence").Str("key");
        await w.Page.Locator("#ach-row").SelectOptionAsync(row);
        await w.Page.Locator("#ach-hypothesis").SelectOptionAsync("none");
        await w.Page.Locator("#ach-cell").SelectOptionAsync("neutral");
        await w.Page.Locator("#ach-note").FillAsync("<img src=x onerror=\"window.__xss=9\"> a note");
        await w.Page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        var cell = w.Page.Locator($"table.ach-matrix tr[data-row='{row}'] td[data-hypothesis='none']");
        await Assertions.Expect(cell).ToHaveTextAsync("–*");
        Assert.Contains("<img src=x", await cell.GetAttributeAsync("title"));
        var after = await fx.Client.GetJsonAsync("/api/ach/rus/irn");
        Assert.Equal(1, after.GetProperty("overrides").GetInt32());
        await AssertInertAsync(w);
        await w.ScreenshotAsync("judgement-ach");
    }

    [Fact]
    public async Task The_entity_page_lists_relations_timeline_and_sources_with_a_hostile_name_as_text()
    {
        var report = await fx.Client.GetJsonAsync("/api/actors/irn");

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/actor?id=irn");
        await w.Page.Locator("ol.actor-timeline li").First.WaitForAsync();
        Assert.Equal(report.GetProperty("timeline").GetProperty("entries").GetArrayLength(), await w.Page.Locator("ol.actor-timeline li").CountAsync());
        Assert.Equal(report.GetProperty("sources").GetArrayLength(), await w.Page.Locator("ul.actor-sources li").CountAsync());
        await w.Page.Locator("ol.actor-timeline").GetByText(FixtureCorpus.XssImg, new() { Exact = false }).First.WaitForAsync();
        await w.Page.GetByText(FixtureCorpus.XssTitle).First.WaitForAsync();
        await AssertInertAsync(w);

        await w.GoAsync("#/actor?id=xss-cell");
        await w.Page.Locator("h2").GetByText(FixtureCorpus.XssEntityName).WaitForAsync();
        // The fixture's denial ("Tehran denied training the … cell") is an open conflict of this actor.
        var conflicts = (await fx.Client.GetJsonAsync("/api/actors/xss-cell")).GetProperty("conflicts").GetArrayLength();
        Assert.True(conflicts > 0, "the fixture's denial makes no conflict");
        Assert.Equal(conflicts, await w.Page.Locator("ol.actor-conflicts > li").CountAsync());
        await AssertInertAsync(w);
        await w.ScreenshotAsync("judgement-actor");
    }

    [Fact]
    public async Task The_brief_as_HTML_encodes_every_hostile_string_and_carries_no_script()
    {
        using var response = await fx.Client.GetAsync("/api/brief/rus/irn?format=html", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Press", html);
        Assert.Contains("&lt;script&gt;window.__xss=2;alert(2)&lt;/script&gt;", html);
        Assert.Contains("Unknown &lt;b&gt;Press&lt;/b&gt;", html);
    }

    private static async Task AssertInertAsync(WorkbenchPage w)
    {
        Assert.Empty(w.Dialogs);
        Assert.Null(await w.Page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, await w.Page.Locator("main script, main img").CountAsync());
        Assert.Empty(w.Errors);
    }
}
