using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>The review queue in a browser; verdicts change the data, so this class has its own server.</summary>
public sealed class ReviewBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Rejecting_and_accepting_with_the_keyboard_changes_the_queue_and_the_graph()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/graph?actor=irn");
        var edge = w.Page.Locator("button.edge[data-edge='irn|rus']");
        await edge.WaitForAsync();
        Assert.Contains("6 claims", await edge.InnerTextAsync());

        await w.GoAsync("#/review");
        var count = w.Page.Locator("p.queue-count");
        await count.GetByText("11 claims to review").WaitForAsync();
        await MoveToAsync(w.Page, FixtureCorpus.ReachedSentence);
        await w.ScreenshotAsync("review");
        await w.Page.Keyboard.PressAsync("r");
        await count.GetByText("10 claims to review").WaitForAsync();

        await MoveToAsync(w.Page, FixtureCorpus.S300Sentence);
        await w.Page.Keyboard.PressAsync("a");
        await count.GetByText("9 claims to review").WaitForAsync();

        await w.Page.Keyboard.PressAsync("c");
        await w.Page.Locator("form.correction").WaitForAsync();
        Assert.Equal(1, await w.Page.Locator("form.correction input:focus").CountAsync());

        await w.GoAsync("#/graph?actor=irn");
        await edge.WaitForAsync();
        Assert.Contains("5 claims", await edge.InnerTextAsync());
        Assert.Empty(w.Errors);
    }

    /// <summary>Goes to the top with k, then presses j (next) until the current claim's passage holds the sentence.</summary>
    private static async Task MoveToAsync(IPage page, string sentence)
    {
        var current = page.Locator("section.review-current .passage-sentence");
        for (var i = 0; i < 30 && await page.Locator("ol.queue > li:first-child[aria-current='true']").CountAsync() == 0; i++)
            await page.Keyboard.PressAsync("k");
        for (var i = 0; i < 30; i++)
        {
            if ((await current.InnerTextAsync()).Contains(sentence, StringComparison.Ordinal)) return;
            await page.Keyboard.PressAsync("j");
        }
        Assert.Fail($"the queue never showed “{sentence}”");
    }
}
