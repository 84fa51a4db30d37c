using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The review queue over the sample corpus; verdicts change the data, so this class has its own database.</summary>
public sealed class SampleReviewBrowserTests(SampleBrowserFixture fx) : IClassFixture<SampleBrowserFixture>
{
    [Fact]
    public async Task Rejecting_a_Russia_Iran_claim_and_accepting_another_with_the_keyboard_changes_the_queue_and_the_edge()
    {
        var edgeClaims = await EdgeClaimsAsync();
        var queue = await fx.Client.GetJsonAsync("/api/review?limit=50");
        var remaining = queue.GetProperty("remaining").GetInt32();
        var onEdge = (await fx.Client.GetJsonAsync("/api/relations/rus/irn")).GetProperty("claims").Items().Select(c => c.Str("id")).ToHashSet();
        var picked = queue.GetProperty("items").Items().Select(i => i.GetProperty("claim").Str("id")).Where(onEdge.Contains).Take(2).ToList();
        Assert.True(picked.Count == 2, "the first page of the queue should hold two Russia–Iran claims to decide on");
        var (rejected, accepted) = (picked[0], picked[1]);

        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph?actor=irn");
        var edge = w.Page.Locator("button.edge[data-edge='irn|rus']");
        await EdgeCount(edge, edgeClaims).WaitForAsync();

        await w.GoAsync("#/review");
        var count = w.Page.Locator("p.queue-count");
        await count.GetByText($"{remaining} claims to review").WaitForAsync();
        await MoveToAsync(w.Page, rejected);
        await w.ScreenshotAsync("sample-review");
        await w.Page.Keyboard.PressAsync("r");
        await count.GetByText($"{remaining - 1} claims to review").WaitForAsync();

        await MoveToAsync(w.Page, accepted);
        await w.Page.Keyboard.PressAsync("a");
        await count.GetByText($"{remaining - 2} claims to review").WaitForAsync();

        await w.Page.Keyboard.PressAsync("c");
        await w.Page.Locator("form.correction").WaitForAsync();
        Assert.Equal(1, await w.Page.Locator("form.correction input:focus").CountAsync());

        // The rejected claim leaves the edge; the accepted one stays.
        await w.GoAsync("#/graph?actor=irn");
        await EdgeCount(edge, edgeClaims - 1).WaitForAsync();
        Assert.Equal(edgeClaims - 1, await EdgeClaimsAsync());
        var left = (await fx.Client.GetJsonAsync("/api/relations/rus/irn")).GetProperty("claims").Items().Select(c => c.Str("id")).ToList();
        Assert.DoesNotContain(rejected, left);
        Assert.Contains(accepted, left);
        Assert.Empty(w.Errors);
    }

    private static ILocator EdgeCount(ILocator edge, int claims) =>
        edge.Locator("span.counts", new() { HasTextRegex = new Regex($"^\\s*{claims} claims?,") });

    private async Task<int> EdgeClaimsAsync() =>
        (await fx.Client.GetJsonAsync("/api/graph/irn")).GetProperty("edges").Items().Single(e => e.Str("id") == "irn|rus").GetProperty("claims").GetInt32();

    /// <summary>Goes to the top with k, then presses j (next) until the current claim is the one wanted.</summary>
    private static async Task MoveToAsync(IPage page, string claimId)
    {
        for (var i = 0; i < 60 && await page.Locator("ol.queue > li:first-child[aria-current='true']").CountAsync() == 0; i++)
            await page.Keyboard.PressAsync("k");
        var current = page.Locator("section.review-current");
        for (var i = 0; i < 60; i++)
        {
            if (await current.GetAttributeAsync("data-claim-id") == claimId) return;
            await page.Keyboard.PressAsync("j");
        }
        Assert.Fail($"the queue never showed claim {claimId}");
    }
}
