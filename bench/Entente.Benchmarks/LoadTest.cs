using System.Diagnostics;
using System.Globalization;
using Entente.Knowledge;
using Entente.Storage;
using Entente.Synthetic;

namespace Entente.Benchmarks;

/// <summary>
/// The workbench under load: a synthetic store (100,000 claims by default, or an existing one with --store) served by
/// the real `entente serve` process (built in Release: dotnet build -c Release src/Entente.Cli), and N clients (50)
/// asking for graph neighbourhoods, pair profiles and searches as fast as answers come, for S seconds (60), R times (1).
/// Clients ask for gzip, as browsers do, and by default read the compressed bytes without inflating them: the load
/// generator shares this machine's two cores with the server, and inflating a hub's megabytes of JSON 400 times a
/// second cost the clients more CPU than the server spent answering (measured: see the CPU split this prints), which a
/// browser on its own machine would not take from the server. --inflate restores inflating clients.
/// Reports per run: requests, errors (any status but 200, any exception), p50/p95/p99, the CPU the server and the
/// clients used during the load, and the CPU one repeated graph or profile request costs the server; then the median
/// of each percentile over the runs.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- load [--claims N | --store FILE] [--clients N] [--seconds S] [--runs R] [--inflate]
/// </summary>
public static class LoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Text(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Arg(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var (claims, clients, seconds, runs) = (Arg("claims", 100_000), Arg("clients", 50), Arg("seconds", 60), Arg("runs", 1));
        var inflate = args.Contains("--inflate");
        var dir = Directory.CreateTempSubdirectory("entente-load-");
        try
        {
            var db = Text("store") ?? await SynthesiseAsync(Path.Combine(dir.FullName, "load.db"), claims);
            using var server = await LoadServer.StartAsync(db);
            var urls = await UrlsAsync(db);
            using var http = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = clients,
                AutomaticDecompression = inflate ? System.Net.DecompressionMethods.All : System.Net.DecompressionMethods.None,
            })
            { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
            if (!inflate) http.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
            foreach (var u in urls)
            {
                // The first answers fill the cache; their sizes say what each kind of view costs to send.
                var first = Stopwatch.StartNew();
                var bytes = await (await http.GetAsync(u)).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
                Console.WriteLine($"  {u}: {bytes.Length / 1024.0:0.0} kB, first answer {first.Elapsed.TotalMilliseconds:0} ms");
            }
            Console.WriteLine($"clients {(inflate ? "inflate" : "read gzip as sent")}; load average {LoadAverage()}");
            var results = new List<LoadRun>();
            for (var r = 1; r <= runs; r++)
            {
                var graphCpu = await CpuPerRequestAsync(http, server.Process, urls.First(u => u.StartsWith("/api/graph/", StringComparison.Ordinal)));
                var profileCpu = await CpuPerRequestAsync(http, server.Process, urls.First(u => u.StartsWith("/api/profile/", StringComparison.Ordinal)));
                Console.WriteLine($"run {r}: server cpu per repeated request: graph {graphCpu:0.000} ms, profile {profileCpu:0.000} ms");
                var run = await LoadClients.RunAsync(http, urls, clients, TimeSpan.FromSeconds(seconds), server.Process);
                run.Print(Console.Out, $"run {r}");
                Console.WriteLine($"run {r}: load average after {LoadAverage()}");
                results.Add(run);
            }
            double Median(Func<LoadRun, double> f) => results.Select(f).Order().ElementAt(results.Count / 2);
            Console.WriteLine($"median of {runs} runs: p50 {Median(r => r.P(0.50)):0.0} ms, p95 {Median(r => r.P(0.95)):0.0} ms, p99 {Median(r => r.P(0.99)):0.0} ms; errors {string.Join(", ", results.Select(r => r.Errors))}");
            return results.All(r => r.Errors == 0) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string> SynthesiseAsync(string db, int claims)
    {
        var kb = KnowledgeBase.Load();
        var sw = Stopwatch.StartNew();
        await using (var store = await StoreOpener.OpenAsync(db))
        {
            var synth = new SyntheticGraph(kb, new SyntheticOptions { Claims = claims, ClaimsPerSource = 200 });
            await PipelineBenchmark.Ingest(store, synth, synth.Documents());
        }
        Console.WriteLine($"store: {claims} synthetic claims in {sw.Elapsed.TotalSeconds:0.0} s");
        return db;
    }

    /// <summary>The 1, 5 and 15 minute load averages: other processes on this shared machine take their share of the cores.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
        for (var i = 0; i < n; i++)
        {
            using var response = await http.GetAsync(url);
            await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        }
        server.Refresh();
        return (server.TotalProcessorTime - before).TotalMilliseconds / n;
    }
}
