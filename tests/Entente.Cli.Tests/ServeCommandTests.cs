using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Cli.Commands;
using Entente.Cli.Framework;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_an_address_that_answers_with_the_workbench_and_its_API_until_stopped()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir();
        var db = dir.File("serve.db");
        var report = Path.Combine(SharedData.RepoRoot, "samples", "corpus", "02-russia-iran-arms-history.md");
        var ingest = await CliHarness.RunAsync("ingest", report, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Err + ingest.Out);

        // serve writes from its own task; the synchronized writer locks on itself, so reads take the same lock.
        var text = new StringWriter();
        var output = TextWriter.Synchronized(text);
        string Printed()
        {
            lock (output) return text.ToString();
        }
        var context = new CliContext(output, TextWriter.Synchronized(new StringWriter()), TimeProvider.System, _ => null);
        var serve = new ServeCommand();
        var args = ArgParser.Parse(["--port", FreePort().ToString(), "--db", db], serve.Options);
        // The test stops the server itself; the timeout only ends a run that hangs.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromMinutes(2));
        var serving = serve.RunAsync(args, context, stop.Token);

        var url = await PrintedAddressAsync(Printed, serving);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        using var page = await http.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        using var sources = await http.GetAsync("/api/sources", ct);
        Assert.Equal(HttpStatusCode.OK, sources.StatusCode);
        var titles = JsonDocument.Parse(await sources.Content.ReadAsStringAsync(ct)).RootElement.EnumerateArray().Select(s => s.GetProperty("title").GetString());
        Assert.Contains("S-300s, Sukhois and a borrowed airbase - a short history of Russian arms for Iran", titles);

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
        Assert.Contains("Stopped.", Printed());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("/", ct));
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_serve_process_stops_cleanly_on_a_signal_with_exit_code_0(string signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "signals are sent with kill");
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir();
        var db = dir.File("serve.db");
        await (await Storage.StoreOpener.OpenAsync(db, ct)).DisposeAsync();
        var entente = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { entente, "serve", "--db", db, "--port", FreePort().ToString() }) start.ArgumentList.Add(a);
        using var serve = System.Diagnostics.Process.Start(start)!;
        try
        {
            var printed = new System.Text.StringBuilder();
            var listening = new TaskCompletionSource();
            serve.OutputDataReceived += (_, e) =>
            {
                lock (printed) printed.AppendLine(e.Data);
                if (e.Data?.StartsWith("Entente workbench on", StringComparison.Ordinal) == true) listening.TrySetResult();
            };
            serve.BeginOutputReadLine();
            var stderr = serve.StandardError.ReadToEndAsync(ct);
            await listening.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);

            using (var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, serve.Id.ToString()])) await kill.WaitForExitAsync(ct);
            // The issue asks for 5 s; the margin is for a loaded test machine, and a server that ignores the signal never exits.
            await serve.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(15), ct);

            Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}: {await stderr}");
            lock (printed) Assert.Contains("Stopped.", printed.ToString());
        }
        finally
        {
            if (!serve.HasExited) serve.Kill();
        }
    }

    /// <summary>Waits for the "Entente workbench on URL" line; fails if serve ends first or never prints it.</summary>
    private static async Task<Uri> PrintedAddressAsync(Func<string> printed, Task<int> serving)
    {
        for (var waited = 0; waited < 60_000; waited += 100)
        {
            var match = Regex.Match(printed(), @"Entente workbench on (http://\S+)");
            if (match.Success) return new Uri(match.Groups[1].Value);
            Assert.False(serving.IsCompleted, $"serve ended before printing its address: {printed()}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"serve printed no address within a minute: {printed()}");
        return null!;
    }

    /// <summary>A loopback port nothing listens on now (serve takes 1–65535, so not 0).</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
