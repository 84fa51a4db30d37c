using Microsoft.Playwright;

namespace Entente.Web.Tests;

/// <summary>
/// The workbench server plus one headless Debian Chromium for a test class. Where /usr/bin/chromium is
/// missing the browser tests skip with a message, except under CI=true, where they fail.
/// </summary>
public class BrowserFixture : WorkbenchFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (!File.Exists(ChromiumPath)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh page on the workbench; skips (or fails under CI) without Chromium.</summary>
    public async Task<WorkbenchPage> OpenAsync()
    {
        if (Browser is null)
        {
            const string message = ChromiumPath + " is missing: install it with `apt-get install -y chromium` to run the browser tests";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(message);
            Assert.Skip(message);
        }
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 950 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new WorkbenchPage(page, Server.Url);
    }
}

/// <summary>A browser page with what the tests watch for: script errors, dialogs and the XSS marker.</summary>
public sealed class WorkbenchPage : IAsyncDisposable
{
    private readonly Uri _base;

    public WorkbenchPage(IPage page, Uri baseUrl)
    {
        Page = page;
        _base = baseUrl;
        page.Dialog += (_, d) =>
        {
            Dialogs.Add(d.Message);
            _ = d.DismissAsync();
        };
        page.PageError += (_, e) => Errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error") Errors.Add(m.Text);
        };
    }

    public IPage Page { get; }
    public List<string> Dialogs { get; } = [];
    public List<string> Errors { get; } = [];

    public async Task GoAsync(string hash)
    {
        await Page.GotoAsync(new Uri(_base, "/" + hash).ToString());
        await Page.Locator("main#view:not([aria-busy])").WaitForAsync();
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, name + ".png"), FullPage = true });

    /// <summary>
    /// A screenshot for the user guide (docs/workbench.md): kept with the others, and written over docs/images only when
    /// ENTENTE_GUIDE_IMAGES=1, so an ordinary test run does not leave changed pictures in the work tree.
    /// </summary>
    public async Task GuideScreenshotAsync(string name)
    {
        var png = await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "guide-" + name + ".png") });
        if (Environment.GetEnvironmentVariable("ENTENTE_GUIDE_IMAGES") == "1")
            await File.WriteAllBytesAsync(Path.Combine(TestSupport.SharedData.RepoRoot, "docs", "images", name + ".png"), png);
    }

    /// <summary>Clicks a node or an edge where Cytoscape drew it, as a person would.</summary>
    public async Task ClickOnCanvasAsync(string group, string id)
    {
        var point = await Page.EvaluateAsync<double[]>(
            """
            ([group, id]) => {
              const cy = window.__entente.cy;
              const el = cy.getElementById(id);
              const p = group === "edge" ? el.renderedMidpoint() : el.renderedPosition();
              const r = cy.container().getBoundingClientRect();
              return [r.left + p.x, r.top + p.y];
            }
            """, new[] { group, id });
        await Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    public async ValueTask DisposeAsync() => await Page.Context.DisposeAsync();
}
