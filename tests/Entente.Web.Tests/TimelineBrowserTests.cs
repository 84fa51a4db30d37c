namespace Entente.Web.Tests;

/// <summary>
/// The timeline in a real browser on the hand-made corpus, whose dates are known exactly, so bar widths can
/// be computed by hand. The other pages are shown on the sample corpus (<see cref="SampleBrowserTests"/>).
/// </summary>
public sealed class TimelineBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_timeline_draws_a_year_as_a_bar_and_not_as_a_day()
    {
        await using var w = await fx.OpenAsync();
        await w.GoAsync("#/timeline?actor=rus&other=irn");
        var yearBar = w.Page.Locator("li.row[data-precision='year'] .bar").First;
        var box = await yearBar.BoundingBoxAsync();
        var track = await w.Page.Locator("li.row .track").First.BoundingBoxAsync();
        // The claims span 2007–2022 (16 years): one year is about a sixteenth of the track.
        Assert.InRange(box!.Width / track!.Width, 1 / 20.0, 1 / 12.0);
        await w.ScreenshotAsync("timeline");
        Assert.Empty(w.Errors);
    }
}
