using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The source reader on an uploaded text file with curly quotes and an ellipsis before its claims: the page shows the
/// file as read, and the marks of each claim spell its evidence text (the file's words) at the original offsets. With
/// the normalized offsets on the original text every mark would sit a few characters off.
/// </summary>
public sealed class OriginalTextBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string File = "Drone deliveries\nMar 3, 2023 | A. Writer\n\u201CWe saw them\u201D \u2026 In 2023, Iran supplied Shahed-136 drones to Russia, officials said.\n";

    [Fact]
    public async Task The_reader_shows_the_file_as_read_with_each_claims_evidence_highlighted_at_its_original_offsets()
    {
        var id = await fx.Client.UploadTextAsync("deliveries.txt", File);
        var claims = (await fx.Client.GetJsonAsync($"/api/sources/{id}")).GetProperty("claims").Items().ToList();
        Assert.NotEmpty(claims);

        await using var w = await fx.OpenAsync();
        await w.GoAsync($"#/source?id={id}");
        await w.Page.Locator(".source-text mark.evidence").First.WaitForAsync();

        Assert.Contains("\u201CWe saw them\u201D \u2026", await w.Page.Locator(".source-text").TextContentAsync());
        foreach (var claim in claims)
        {
            var marked = await w.Page.EvaluateAsync<string>(
                "id => [...document.querySelectorAll('.source-text mark.evidence')].filter(m => m.dataset.claims.split(' ').includes(id)).map(m => m.textContent).join('')",
                claim.Str("id"));
            Assert.Equal(claim.GetProperty("evidence").Str("text"), marked);
        }
        Assert.Empty(w.Errors);
    }
}
