using System.Text;

namespace Entente.Web.Tests;

/// <summary>
/// The source reader on a text longer than one window: it shows the first window with links to the next, follows them,
/// and opens a claim's link at the window holding its evidence with that evidence marked.
/// </summary>
public sealed class SourceWindowBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Sentence = "In 2020, Iran trained Hezbollah fighters in Lebanon. ";

    [Fact]
    public async Task The_reader_pages_through_a_long_text_and_opens_a_claim_at_its_window()
    {
        var text = new StringBuilder().Insert(0, Sentence, 60_000 / Sentence.Length).ToString();
        var id = await fx.Client.UploadTextAsync("long.txt", text);
        var second = await fx.Client.GetJsonAsync($"/api/sources/{id}?from={Api.SourcePage.Size}");
        var late = second.GetProperty("claims").Items().Last();
        var length = second.GetProperty("text_length").GetInt32();

        await using var w = await fx.OpenAsync();
        await w.GoAsync($"#/source?id={id}");
        await w.Page.Locator(".source-text mark.evidence").First.WaitForAsync();
        Assert.Equal(Api.SourcePage.Size, (await w.Page.Locator(".source-text").TextContentAsync())!.Length);
        Assert.Equal(0, await w.Page.GetByText("previous part").CountAsync());

        await w.Page.GetByText("next part").First.ClickAsync();
        await w.Page.GetByText("previous part").First.WaitForAsync();
        Assert.Equal(length - Api.SourcePage.Size, (await w.Page.Locator(".source-text").TextContentAsync())!.Length);
        Assert.Equal(0, await w.Page.GetByText("next part").CountAsync());

        await w.GoAsync($"#/source?id={id}&claim={late.Str("id")}");
        await w.Page.Locator(".source-text mark.current").First.WaitForAsync();
        var marked = await w.Page.EvaluateAsync<string>("() => [...document.querySelectorAll('.source-text mark.current')].map(m => m.textContent).join('')");
        Assert.Equal(late.GetProperty("evidence").Str("text"), marked);
        Assert.Empty(w.Errors);
    }
}
