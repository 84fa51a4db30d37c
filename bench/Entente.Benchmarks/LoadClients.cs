using System.Diagnostics;

namespace Entente.Benchmarks;

/// <summary>One load run's answers: latencies by kind of view (graph, profile, search), errors and CPU used.</summary>
public sealed class LoadRun(Dictionary<string, List<double>> byKind, int errors, TimeSpan length, TimeSpan serverCpu, TimeSpan clientCpu)
{
    private readonly List<double> _all = [.. byKind.Values.SelectMany(t => t).Order()];

    public int Errors => errors;

    public double P(double q) => Percentile(_all, q);

    private static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    public void Print(TextWriter o, string label)
    {
        foreach (var (kind, times) in byKind.OrderBy(k => k.Key))
        {
            times.Sort();
            o.WriteLine($"  {kind}: {times.Count} answers, p50 {Percentile(times, 0.5):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms");
        }
        var requests = _all.Count + errors;
        o.WriteLine($"{label}: {requests} requests in {length.TotalSeconds:0} s ({requests / length.TotalSeconds:0} /s), errors {errors}");
        o.WriteLine($"{label}: latency ms p50 {P(0.50):0.0}  p95 {P(0.95):0.0}  p99 {P(0.99):0.0}  max {(_all.Count > 0 ? _all[^1] : 0):0.0}");
        o.WriteLine($"{label}: cpu during the load: server {serverCpu.TotalSeconds:0.0} s ({serverCpu.TotalMilliseconds / Math.Max(1, _all.Count):0.00} ms per answer), clients {clientCpu.TotalSeconds:0.0} s, of {2 * length.TotalSeconds:0} core-seconds");
    }
}

/// <summary>N clients asking for the URLs at random, each as soon as its last answer has been read.</summary>
public static class LoadClients
{
    public static async Task<LoadRun> RunAsync(HttpClient http, List<string> urls, int clients, TimeSpan length, Process server)
    {
        var latencies = new Dictionary<string, List<double>>();
        var errors = 0;
        server.Refresh();
        var (serverBefore, clientBefore) = (server.TotalProcessorTime, Process.GetCurrentProcess().TotalProcessorTime);
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
        server.Refresh();
        var serverCpu = server.TotalProcessorTime - serverBefore;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientBefore;
        return new LoadRun(latencies, errors, length, serverCpu, clientCpu);
    }
}
