using System.Diagnostics;
using Entente.Knowledge;
using Entente.Storage;
using Entente.Synthetic;

namespace Entente.Benchmarks;

/// <summary>
/// The workbench under load: a synthetic store (100,000 claims by default) served by the real `entente serve` process
/// (built in Release: dotnet build -c Release src/Entente.Cli), and N clients
/// (50) asking for graph neighbourhoods, pair profiles and searches as fast as answers come, for S seconds (60).
/// Clients accept gzip, as browsers do. Reports requests, errors (any status but 200, any exception), latency percentiles, and the CPU one repeated graph
/// or profile request costs the server process (its CPU time over sequential repeated requests).
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- load [--claims N] [--clients N] [--seconds S]
/// </summary>
public static class LoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var (claims, clients, seconds) = (Arg("claims", 100_000), Arg("clients", 50), Arg("seconds", 60));
        var dir = Directory.CreateTempSubdirectory("entente-load-");
        try
        {
            var db = Path.Combine(dir.FullName, "load.db");
            var kb = KnowledgeBase.Load();
            var sw = Stopwatch.StartNew();
            await using (var store = await StoreOpener.OpenAsync(db))
            {
                var synth = new SyntheticGraph(kb, new SyntheticOptions { Claims = claims, ClaimsPerSource = 200 });
                await PipelineBenchmark.Ingest(store, synth, synth.Documents());
            }
            Console.WriteLine($"store: {claims} synthetic claims in {sw.Elapsed.TotalSeconds:0.0} s");
            using var server = await ServeAsync(db);
            var urls = await UrlsAsync(db);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AutomaticDecompression = System.Net.DecompressionMethods.All }) { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
            foreach (var u in urls)
            {
                // The first answers fill the cache; their sizes say what each kind of view costs to send.
                var first = Stopwatch.StartNew();
                var bytes = await (await http.GetAsync(u)).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
                Console.WriteLine($"  {u}: {bytes.Length / 1024.0:0.0} kB, first answer {first.Elapsed.TotalMilliseconds:0} ms");
            }
            Console.WriteLine($"cpu per repeated graph request:   {await CpuPerRequestAsync(http, server.Process, urls.First(u => u.StartsWith("/api/graph/", StringComparison.Ordinal))):0.000} ms");
            Console.WriteLine($"cpu per repeated profile request: {await CpuPerRequestAsync(http, server.Process, urls.First(u => u.StartsWith("/api/profile/", StringComparison.Ordinal))):0.000} ms");
            var (byKind, errors) = await LoadAsync(http, urls, clients, TimeSpan.FromSeconds(seconds));
            foreach (var (kind, times) in byKind.OrderBy(k => k.Key))
            {
                times.Sort();
                Console.WriteLine($"  {kind}: {times.Count} answers, p50 {times[times.Count / 2]:0.0} ms, p99 {times[Math.Min(times.Count - 1, (int)(0.99 * times.Count))]:0.0} ms");
            }
            var latencies = byKind.Values.SelectMany(t => t).ToList();
            latencies.Sort();
            double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
            Console.WriteLine($"load: {clients} clients, {seconds} s, {latencies.Count + errors} requests ({(latencies.Count + errors) / (double)seconds:0} /s), errors {errors}");
            Console.WriteLine($"latency ms: p50 {P(0.50):0.0}  p90 {P(0.90):0.0}  p99 {P(0.99):0.0}  max {(latencies.Count > 0 ? latencies[^1] : 0):0.0}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Graph and profile URLs for the most named actors and pairs, and searches for words of source titles.</summary>
    private static async Task<List<string>> UrlsAsync(string db)
    {
        await using var store = await StoreOpener.OpenAsync(db);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var o in store.QueryClaimOutlinesAsync(new ClaimQuery { Limit = 20_000 }))
            foreach (var id in new[] { o.SubjectId, o.ObjectId }.OfType<string>()) counts[id] = counts.GetValueOrDefault(id) + 1;
        var top = counts.OrderByDescending(c => c.Value).Take(12).Select(c => Uri.EscapeDataString(c.Key)).ToList();
        var urls = top.Select(a => $"/api/graph/{a}").ToList();
        for (var i = 0; i + 1 < top.Count; i += 2) urls.Add($"/api/profile/{top[i]}/{top[i + 1]}");
        var words = (await store.ListSourcesAsync()).Take(50).SelectMany(s => s.Title.Split(' ')).Where(w => w.Length > 4).Distinct().Take(6);
        urls.AddRange(words.Select(w => $"/api/search?q={Uri.EscapeDataString(w)}"));
        return urls;
    }

    private static async Task<double> CpuPerRequestAsync(HttpClient http, Process server, string url)
    {
        const int n = 500;
        server.Refresh();
        var before = server.TotalProcessorTime;
        for (var i = 0; i < n; i++) (await http.GetAsync(url)).EnsureSuccessStatusCode();
        server.Refresh();
        return (server.TotalProcessorTime - before).TotalMilliseconds / n;
    }

    private sealed record Server(Process Process, Uri Url) : IDisposable
    {
        public void Dispose()
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }

    /// <summary>Starts `entente serve` on a free port and waits for it to say where it listens.</summary>
    private static async Task<Server> ServeAsync(string db)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Entente.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("no Entente.slnx above the benchmark");
        var entente = Path.Combine(root, "src", "Entente.Cli", "bin", "Release", "net10.0", "entente.dll");
        if (!File.Exists(entente)) throw new InvalidOperationException($"build the CLI first: dotnet build -c Release src/Entente.Cli ({entente} is missing)");
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false };
        foreach (var a in new[] { entente, "serve", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
            if (line.StartsWith("Entente workbench on ", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return new Server(process, new Uri($"http://127.0.0.1:{port}/"));
            }
        throw new InvalidOperationException("entente serve ended before it listened");
    }

    private static async Task<(Dictionary<string, List<double>> Latencies, int Errors)> LoadAsync(HttpClient http, List<string> urls, int clients, TimeSpan length)
    {
        var latencies = new Dictionary<string, List<double>>();
        var errors = 0;
        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var rng = new Random(c);
            var mine = new List<(string, double)>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                var url = urls[rng.Next(urls.Count)];
                try
                {
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode) mine.Add((url.Split('/', '?')[2], Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                    else Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            lock (latencies)
                foreach (var (kind, ms) in mine)
                {
                    if (!latencies.TryGetValue(kind, out var list)) latencies[kind] = list = [];
                    list.Add(ms);
                }
        }));
        return (latencies, errors);
    }
}
