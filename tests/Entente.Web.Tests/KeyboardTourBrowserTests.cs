using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The workbench as a keyboard user meets it on a fresh demo store (the sample corpus, ingested as `entente demo`
/// does): the home page, every page reached from it with Tab and Enter alone, focus on each new page's heading, and
/// the graph saved as GEXF that Python's XML parser reads. Each page's screenshot is the user guide's picture of it.
/// </summary>
public sealed class KeyboardTourBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    /// <summary>The route a focused element links to, when it is a link of the home page's list of views.</summary>
    private const string ViewLink = "(el, name) => el.matches('main nav.views a') && el.getAttribute('href').replace(/^#\\//, '').split('?')[0] === name";

    [Fact]
    public async Task From_the_home_page_every_page_is_reached_by_keyboard_and_the_graph_exports_as_GEXF()
    {
        var overview = await fx.Client.GetJsonAsync("/api/overview");
        await using var w = await fx.OpenAsync();
        var page = w.Page;
        await w.GoAsync("");
        Assert.Equal("Store at a glance", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(overview.GetProperty("sources").GetInt32().ToString(), await page.Locator(".glance a[href='#/sources']").InnerTextAsync());
        Assert.Equal(overview.GetProperty("open_review").GetInt64().ToString(), await page.Locator(".glance a[href='#/review']").InnerTextAsync());
        Assert.Equal(overview.GetProperty("top_relations").GetArrayLength(), await page.Locator("table.top-relations tbody tr").CountAsync());
        await w.GuideScreenshotAsync("home");

        var pages = await page.Locator("nav[aria-label='Pages'] a").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.page)");
        Assert.Contains("network", pages);
        foreach (var target in pages.Where(p => p != "home"))
        {
            await KeyboardTo(page, ViewLink, target);
            await EnterAndWaitForPage(page, target);
            await w.GuideScreenshotAsync(target);
            await KeyboardTo(page, "el => el.matches(\"nav[aria-label='Pages'] a[data-page='home']\")", null, back: true);
            await EnterAndWaitForPage(page, "home");
        }

        // The one page no menu names: a source, opened from the home page's recent sources.
        await KeyboardTo(page, "el => el.matches('.recent-sources a')", null);
        var title = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        await EnterAndWaitForPage(page, "source");
        Assert.Equal(title, await page.Locator("main h1").InnerTextAsync());
        await w.GuideScreenshotAsync("source");

        // Back home, into the graph, and out as GEXF.
        await KeyboardTo(page, "el => el.matches(\"nav[aria-label='Pages'] a[data-page='home']\")", null, back: true);
        await EnterAndWaitForPage(page, "home");
        await KeyboardTo(page, ViewLink, "graph");
        await EnterAndWaitForPage(page, "graph");
        await page.Locator("button.edge").First.WaitForAsync();
        await KeyboardTo(page, "el => el.matches('.graph-actions button') && el.textContent === 'GEXF'", null);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        var file = Path.Combine(BrowserFixture.ScreenshotDir, "tour.gexf");
        await download.SaveAsAsync(file);
        Assert.EndsWith(".gexf", download.SuggestedFilename);
        var drawn = await page.EvaluateAsync<int[]>("() => [window.__entente.cy.nodes().length, window.__entente.cy.edges().length]");
        Assert.True(drawn[1] > 0, "the graph page opened on an actor with relations");
        var parsed = Python.Run(
            "import sys, xml.etree.ElementTree as ET\n" +
            "ns = {'g': 'http://gexf.net/1.3'}\n" +
            "root = ET.parse(sys.argv[1]).getroot()\n" +
            "print(root.tag, len(root.findall('g:graph/g:nodes/g:node', ns)), len(root.findall('g:graph/g:edges/g:edge', ns)))\n",
            file);
        Assert.Equal($"{{http://gexf.net/1.3}}gexf {drawn[0]} {drawn[1]}", parsed);
        Assert.Empty(w.Errors);
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element passes the predicate, as a keyboard user would.</summary>
    internal static async Task KeyboardTo(IPage page, string predicate, string? arg, bool back = false)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync(back ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>($"arg => !!document.activeElement && ({predicate})(document.activeElement, arg)", arg)) return;
        }
        Assert.Fail($"Tab never reached an element for which {predicate} holds ({arg})");
    }

    /// <summary>Enter on the focused link, then the new page drawn with focus on its heading.</summary>
    private static async Task EnterAndWaitForPage(IPage page, string name)
    {
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync(
            "name => location.hash.replace(/^#\\/?/, '').split('?')[0] === name && !document.querySelector('main[aria-busy]') && document.activeElement?.matches('main h1')",
            name);
        Assert.Equal(await page.Locator("main h1").InnerTextAsync(), await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
    }
}
