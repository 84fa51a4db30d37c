using System.Net;

namespace Entente.Web.Tests;

/// <summary>The conflicts API and page, and the contested mark on the graph's edges and evidence, over the fixture corpus.</summary>
public sealed class ConflictsWebTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_api_pairs_the_denial_with_the_claim_it_denies_and_marks_the_edge_and_its_evidence()
    {
        var all = await fx.Client.GetJsonAsync("/api/conflicts");
        var conflict = Assert.Single(all.GetProperty("conflicts").Items());
        Assert.Equal(("denial", "training", "xss-cell"), (conflict.Str("kind"), conflict.Str("relation"), conflict.GetProperty("object").Str("id")));
        Assert.StartsWith("Tehran denied training", Assert.Single(conflict.GetProperty("contesting").Items()).Str("text"));
        Assert.StartsWith("The <img", Assert.Single(conflict.GetProperty("affirming").Items()).Str("text"));

        Assert.Empty((await fx.Client.GetJsonAsync("/api/conflicts?actor=rus")).GetProperty("conflicts").Items());
        await fx.Client.GetJsonAsync("/api/conflicts?actor=atlantis", HttpStatusCode.NotFound);

        var edges = (await fx.Client.GetJsonAsync("/api/graph/irn")).GetProperty("edges").Items().ToList();
        Assert.True(edges.Single(e => e.Str("id") == "irn|xss-cell").GetProperty("contested").GetBoolean());
        Assert.False(edges.Single(e => e.Str("id") == "irn|rus").GetProperty("contested").GetBoolean());
        var evidence = await fx.Client.GetJsonAsync("/api/relations/irn/xss-cell");
        Assert.Equal(2, evidence.GetProperty("contested").Items().Count());
        Assert.Single(evidence.GetProperty("conflicts").Items());
    }

    [Fact]
    public async Task The_conflicts_page_shows_both_sides_and_the_graph_marks_the_contested_edge_with_no_script_errors()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/conflicts");
        var card = w.Page.Locator("article.conflict-denial");
        await card.WaitForAsync();
        Assert.Equal(1, await card.Locator("section[aria-label='Affirmed'] li").CountAsync());
        Assert.Equal(1, await card.Locator("section[aria-label='Denied'] li").CountAsync());
        Assert.Equal(2, await card.Locator("a[href^='#/source?id=']").CountAsync());
        await w.ScreenshotAsync("conflicts");

        await w.GoAsync("#/graph?actor=irn");
        var edge = w.Page.Locator("button.edge[data-edge='irn|xss-cell']");
        await edge.Locator("span.contested").WaitForAsync();
        Assert.Equal(0, await w.Page.Locator("button.edge[data-edge='irn|rus'] span.contested").CountAsync());
        await edge.ClickAsync();
        await w.Page.Locator("section.evidence p.contested-note").WaitForAsync();
        Assert.Equal(2, await w.Page.Locator("section.evidence article.claim span.contested").CountAsync());
        Assert.Empty(w.Errors);
    }
}
