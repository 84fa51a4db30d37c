using System.Text.Json;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// Every page of the workbench on the sample corpus, checked by axe-core (the npm package the client's package.json
/// pins, read from its node_modules): no serious or critical violation of the rules axe runs by default (WCAG 2 A and
/// AA, and its best practices). Pages are checked once drawn, with their data, so the rows and graphs are checked too.
/// </summary>
public sealed class AccessibilityBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    private static readonly string AxeScript = Path.Combine(TestSupport.SharedData.RepoRoot, "src", "Entente.Web", "client", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task No_page_has_a_serious_or_critical_axe_violation()
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: building Entente.Web runs npm ci in its client folder");
        await using var w = await fx.OpenAsync();
        await w.GoAsync("");
        var pages = await w.Page.Locator("nav[aria-label='Pages'] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var source = await w.Page.Locator(".recent-sources a").First.GetAttributeAsync("href");
        Assert.NotNull(source);
        // Each page empty as the menu opens it, then with an actor or a pair, so its tables, charts and evidence are checked too.
        string[] filled =
        [
            source!, "#/graph?actor=rus&layout=hierarchy", "#/network?a=rus&b=irn", "#/profile?a=rus&b=irn", "#/ach?a=rus&b=irn",
            "#/brief?a=rus&b=irn", "#/actor?id=irn", "#/map?actor=rus&other=irn", "#/timeline?actor=rus&other=irn",
        ];
        var hashes = pages.Concat(filled).Distinct().ToList();
        Assert.True(pages.Length >= 12, string.Join(", ", pages));

        var found = new List<string>();
        foreach (var hash in hashes)
        {
            await w.GoAsync(hash);
            // Let a page's data and drawings arrive (tables, the graph) before checking what is on it.
            await w.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange((await ViolationsAsync(w.Page)).Select(v => $"{hash}: {v}"));
        }

        Assert.True(found.Count == 0, "axe found:\n" + string.Join("\n", found));
        Assert.Empty(w.Errors);
    }

    /// <summary>The serious and critical violations on the page as "rule (impact): first elements — help".</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        // Evaluated rather than added as a script tag: the workbench's content security policy allows no script but its own.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            Assert.Equal("object", await page.EvaluateAsync<string>(await File.ReadAllTextAsync(AxeScript) + "\n;typeof window.axe"));
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const r = await axe.run(document, { resultTypes: ["violations"] });
              return JSON.stringify(r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v => ({
                id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ")) })));
            }
            """);
        return JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): " +
                $"{string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))} — {v.GetProperty("help").GetString()}")
            .ToList();
    }
}
