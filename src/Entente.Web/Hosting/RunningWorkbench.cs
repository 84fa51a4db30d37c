using Entente.Storage;

namespace Entente.Web.Hosting;

/// <summary>A started workbench: where it listens, its token (if any), and how to stop it.</summary>
public sealed class RunningWorkbench(WebApplication app, IEntenteStore store, Uri url, string? token) : IAsyncDisposable
{
    public Uri Url { get; } = url;

    /// <summary>The access token requests must carry, or null when none is needed (loopback without --token).</summary>
    public string? Token { get; } = token;

    /// <summary>The address to open in a browser: with the token, which the page keeps and removes from the address bar.</summary>
    public string BrowserUrl => Token is null ? Url.ToString() : $"{Url}?token={Uri.EscapeDataString(Token)}";

    /// <summary>The server's services: tests read the JSON options its answers are written with.</summary>
    internal IServiceProvider Services => app.Services;

    public Task WaitForShutdownAsync(CancellationToken ct) => app.WaitForShutdownAsync(ct);

    public async Task StopAsync(CancellationToken ct = default) => await app.StopAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await store.DisposeAsync();
    }
}
