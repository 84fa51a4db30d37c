using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The graph explorer's keyboard expansion, layouts and exports, in a real browser over the sample corpus.</summary>
public sealed class GraphToolsBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task Arrow_keys_choose_Russia_on_the_canvas_and_Enter_expands_it()
    {
        var newcomer = await NeighbourOfRussiaOnlyAsync();
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph?actor=irn");
        await w.Page.Locator("button.edge[data-edge='irn|rus']").WaitForAsync();
        Assert.Equal("Iran", await w.Page.GetByLabel("Actor", new() { Exact = true }).InputValueAsync());
        await KeyboardTourBrowserTests.KeyboardTo(w.Page, "el => el.id === 'graph-canvas'", null);
        var nodes = await w.Page.EvaluateAsync<int>("() => window.__entente.cy.nodes().length");
        for (var i = 0; i <= nodes && await ChosenAsync(w.Page) != "rus"; i++) await w.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("rus", await ChosenAsync(w.Page));
        Assert.StartsWith("Russia:", await w.Page.Locator("#status").TextContentAsync());
        Assert.Equal("no", await w.Page.EvaluateAsync<string>("() => window.__entente.cy.getElementById('rus').data('expanded')"));

        await w.Page.Keyboard.PressAsync("Enter");
        await w.Page.WaitForFunctionAsync("id => window.__entente.cy.getElementById(id).nonempty()", newcomer);
        Assert.Equal("yes", await w.Page.EvaluateAsync<string>("() => window.__entente.cy.getElementById('rus').data('expanded')"));
        // Focus stays on the canvas, on the same actor, so the next key goes on from there.
        Assert.Equal("graph-canvas", await w.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("rus", await ChosenAsync(w.Page));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_hierarchical_layout_ranks_each_edge_downwards_and_the_force_layout_moves_the_rings()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph?actor=rus");
        await w.Page.Locator("button.edge").First.WaitForAsync();
        const string positions = "() => window.__entente.cy.nodes().map(n => `${n.id()} ${Math.round(n.position('x'))} ${Math.round(n.position('y'))}`).join('|')";
        var rings = await w.Page.EvaluateAsync<string>(positions);

        await w.Page.GetByLabel("Layout").SelectOptionAsync("hierarchy");
        // Russia's neighbourhood is a star with no cycle, so dagre can put every edge's source above its target.
        var downwards = await w.Page.EvaluateAsync<int[]>(
            "() => { const es = window.__entente.cy.edges(); return [es.filter(e => e.source().position('y') < e.target().position('y')).length, es.length]; }");
        Assert.Equal(downwards[1], downwards[0]);
        await w.GuideScreenshotAsync("graph-hierarchy");

        await w.Page.GetByLabel("Layout").SelectOptionAsync("force");
        var force = await w.Page.EvaluateAsync<string>(positions);
        Assert.NotEqual(rings, force);
        // fCoSE starts from the rings, so the same graph settles the same way twice.
        await w.Page.GetByLabel("Layout").SelectOptionAsync("rings");
        Assert.Equal(rings, await w.Page.EvaluateAsync<string>(positions));
        await w.Page.GetByLabel("Layout").SelectOptionAsync("force");
        Assert.Equal(force, await w.Page.EvaluateAsync<string>(positions));
        await w.GuideScreenshotAsync("graph-force");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_graph_saves_as_a_PNG_picture_and_as_CSV_with_one_row_per_edge()
    {
        await using var w = await fx.OpenAsync();
        // The layout named in the address is the one drawn (and saved) first.
        await w.GoAsync("#/graph?actor=irn&layout=hierarchy");
        await w.Page.Locator("button.edge").First.WaitForAsync();
        Assert.Equal("hierarchy", await w.Page.GetByLabel("Layout").InputValueAsync());
        var edges = await w.Page.EvaluateAsync<string[]>("() => window.__entente.cy.edges().map(e => `${e.source().id()} ${e.target().id()}`).sort()");

        var png = await SaveAsync(w.Page, "PNG");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, (await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken)).Take(8));

        var csv = await SaveAsync(w.Page, "CSV");
        var rows = Python.Run(
            "import csv, sys\n" +
            "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n" +
            "print(','.join(rows[0][:5]))\n" +
            "for r in sorted(rows[1:]): print(r[0], r[1])\n",
            csv).Split('\n');
        Assert.Equal("Source,Target,Source name,Target name,Weight", rows[0]);
        Assert.Equal(edges, rows.Skip(1));
        Assert.Empty(w.Errors);
    }

    private static async Task<string> SaveAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = format, Exact = true }).ClickAsync());
        Assert.Equal($"entente-graph-irn.{format.ToLowerInvariant()}", download.SuggestedFilename);
        var file = Path.Combine(BrowserFixture.ScreenshotDir, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        return file;
    }

    private static Task<string> ChosenAsync(IPage page) =>
        page.EvaluateAsync<string>("() => window.__entente.cy.nodes('.keyboard').map(n => n.id()).join(',')");

    /// <summary>An actor next to Russia but not next to Iran, so that it appears only once Russia is expanded.</summary>
    private async Task<string> NeighbourOfRussiaOnlyAsync()
    {
        var ids = async (string actor) => (await fx.Client.GetJsonAsync($"/api/graph/{actor}")).GetProperty("nodes").Items().Select(n => n.Str("id")).ToHashSet();
        var iran = await ids("irn");
        return (await ids("rus")).Where(n => !iran.Contains(n)).Order(StringComparer.Ordinal).First();
    }
}
