using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Core.Claims;
using Entente.Knowledge;
using Entente.Storage;
using Entente.Synthetic;

namespace Entente.Benchmarks;

/// <summary>
/// Analysis queries on a snapshot of one million synthetic claims, built once in the setup and reused
/// (targets: profile &lt; 200 ms, 3-hop path &lt; 500 ms, whole-graph centrality &lt; 10 s).
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*AnalysisBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MonitoredInProcess))]
public class AnalysisBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private string _a = "", _b = "", _far = "";

    [Params(1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBase.Load();
        var synth = new SyntheticGraph(kb, new SyntheticOptions { Claims = Claims, ClaimsPerSource = 200 });
        var docs = synth.Documents().ToList();
        _snapshot = new GraphSnapshot(ClaimGraph.Build(docs.SelectMany(d => d.Claims), Array.Empty<Verdict>(), docs.Select(d => d.Source), kb, synth.NewEntities));
        var net = _snapshot.NetworkFor(AnalysisFilter.None);
        (_a, _b) = PipelineBenchmark.Pair(kb, net);
        _far = net.Ids[net.Count / 2];
    }

    /// <summary>A profile on the snapshot, which keeps the two actors' facts (theaters, clients, pressure) after the first.</summary>
    [Benchmark]
    public int Profile() => _snapshot.Profile(_a, _b).Claims;

    /// <summary>The first profile of the pair: it gathers both actors' facts from every claim touching them (≈ 310 000 for Russia and Iran).</summary>
    [Benchmark]
    public int ProfileFirst() => AllianceProfiler.Build(_snapshot.Graph, _a, _b, AnalysisFilter.None).Claims;

    [Benchmark]
    public int Path3Hops() => _snapshot.Paths(_a, _far, 3).Count;

    [Benchmark]
    public int Centrality() => _snapshot.Centrality().Count;
}

/// <summary>Ingest of one million synthetic claims into a new SQLite file (target &lt; 60 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class AnalysisIngestBenchmarks
{
    private SyntheticGraph _synth = null!;
    private List<SyntheticDocument> _docs = [];
    private string _file = "";

    [Params(1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synth = new SyntheticGraph(KnowledgeBase.Load(), new SyntheticOptions { Claims = Claims, ClaimsPerSource = 200 });
        _docs = _synth.Documents().ToList();
    }

    [IterationSetup]
    public void NewFile() => _file = Path.Combine(Path.GetTempPath(), $"entente-bench-{Guid.NewGuid():N}.db");

    [Benchmark]
    public async Task<int> IngestSqlite()
    {
        await using var store = await StoreOpener.OpenAsync(_file);
        return (await PipelineBenchmark.Ingest(store, _synth, _docs)).Sum(r => r.ClaimsAdded);
    }

    [IterationCleanup]
    public void DeleteFile()
    {
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}

/// <summary>
/// One warm-up and five measured runs in the benchmark process itself: generating and compiling a separate
/// benchmark project times out on a shared build machine (see <see cref="SingleShotInProcess"/>).
/// </summary>
public sealed class MonitoredInProcess : ManualConfig
{
    public MonitoredInProcess() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)));
}
