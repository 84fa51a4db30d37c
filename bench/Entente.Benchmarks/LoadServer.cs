using System.Diagnostics;
using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>The Release `entente serve` process the load test talks to, stopped (with its children) when disposed.</summary>
public sealed record LoadServer(Process Process, Uri Url) : IDisposable
{
    public void Dispose()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
        Process.Dispose();
    }

    /// <summary>Starts `entente serve` on a free port and waits for it to say where it listens.</summary>
    public static async Task<LoadServer> StartAsync(string db)
    {
        var entente = ReleaseCli.EntenteDll();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false };
        foreach (var a in new[] { entente, "serve", "--db", db, "--port", port.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
            if (line.StartsWith("Entente workbench on ", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return new LoadServer(process, new Uri($"http://127.0.0.1:{port}/"));
            }
        throw new InvalidOperationException("entente serve ended before it listened");
    }
}
