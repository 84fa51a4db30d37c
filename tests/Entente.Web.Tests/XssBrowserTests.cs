namespace Entente.Web.Tests;

/// <summary>Hostile source text, titles and names render as text in every view: no script runs, the markup is visible.</summary>
public sealed class XssBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("#/graph?actor=irn", FixtureCorpus.XssEntityName)]
    [InlineData("#/sources", FixtureCorpus.XssTitle)]
    [InlineData("#/review", FixtureCorpus.XssEntityName)]
    [InlineData("#/timeline?actor=irn", FixtureCorpus.XssEntityName)]
    [InlineData("#/profile?a=rus&b=irn", FixtureCorpus.XssScript)]
    [InlineData("#/map?actor=irn&other=xss-cell", FixtureCorpus.XssEntityName)]
    [InlineData("#/conflicts", FixtureCorpus.XssEntityName)]
    [InlineData("#/conflicts?actor=xss-cell", FixtureCorpus.XssImg)]
    public async Task Payloads_render_as_literal_text(string hash, string literal)
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync(hash);
        await w.Page.GetByText(literal).Filter(new() { Visible = true }).First.WaitForAsync();
        await AssertInertAsync(w);
    }

    [Fact]
    public async Task The_hostile_source_and_its_evidence_render_as_text()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/sources");
        await w.Page.GetByText(FixtureCorpus.XssTitle).ClickAsync();
        var text = w.Page.Locator(".source-text");
        await text.WaitForAsync();
        Assert.Equal(FixtureCorpus.HostileText, await text.TextContentAsync());
        Assert.Equal(0, await w.Page.Locator(".source-text img, .source-text script, main img").CountAsync());
        await w.ScreenshotAsync("xss-source");

        await w.GoAsync("#/graph?actor=irn");
        await w.Page.Locator("button.edge[data-edge='irn|xss-cell']").ClickAsync();
        await w.Page.Locator("section.evidence").GetByText(FixtureCorpus.XssImg).Filter(new() { Visible = true }).First.WaitForAsync();
        await AssertInertAsync(w);
    }

    private static async Task AssertInertAsync(WorkbenchPage w)
    {
        Assert.Empty(w.Dialogs);
        Assert.Null(await w.Page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, await w.Page.Locator("main script, main img").CountAsync());
        Assert.Empty(w.Errors);
    }
}
