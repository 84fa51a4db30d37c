using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Storage;
using Entente.Storage.Sqlite;

namespace Entente.Benchmarks;

/// <summary>
/// Bulk claim insert into a fresh SQLite file: the target is 1,000,000 claims in under 60 s.
/// One operation is a whole million, so each iteration is a cold single run on a new database.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*StorageBenchmarks*'
/// Measured 2026-11-26, before bulk writes got their own page cache and synchronous=NORMAL, on the shared 2-core build machine at load average ~45: 11.2 and 6.7 min wall
/// per million, while the whole benchmark process (1M-claim setup plus both runs) used ~150 s of CPU,
/// i.e. at most ~60–70 CPU-seconds per million. Re-measure on an idle machine before trusting the 60 s target.
/// </summary>
[Config(typeof(SingleShotInProcess))]
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private Source _source = null!;
    private Claim[] _claims = [];
    private string _dir = "";
    private IEntenteStore _store = null!;

    [Params(1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void MakeClaims()
    {
        var text = "Benchmark source: " + new string('x', 2000);
        var hash = ContentHash.Of(text);
        _source = new Source { Id = "src-" + hash[..20], ContentHash = hash, Title = "benchmark", Text = text };
        var actors = Enumerable.Range(0, 500).Select(i => new EntityRef($"actor-{i}", $"Actor {i}", EntityKind.Group)).ToArray();
        var relations = RelationTypes.All.Select(t => t.Id).ToArray();
        var random = new Random(7);
        _claims = Enumerable.Range(0, Claims).Select(i => new Claim
        {
            Id = "",
            SourceId = _source.Id,
            Subject = actors[random.Next(actors.Length)],
            Relation = relations[random.Next(relations.Length)],
            Object = actors[random.Next(actors.Length)],
            Time = ClaimTime.Year(1990 + random.Next(35), "a year"),
            Certainty = (Certainty)random.Next(7),
            Evidence = new EvidenceSpan(_source.Id, i % 1900, i % 1900 + 80, "an evidence sentence of about eighty characters, as extraction rules produce it"),
            Producer = Producer.Rule("bench-rule-" + (i % 1000)),
            Confidence = random.Next(101),
            Cues = ["reportedly"],
        }.WithId()).ToArray();
    }

    [IterationSetup]
    public void OpenEmptyDatabase()
    {
        _dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _store = SqliteStore.OpenAsync(Path.Combine(_dir, "bench.db")).GetAwaiter().GetResult();
        _store.AddDocumentAsync(_source, []).GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<int> AddClaimsToSqlite() => _store.AddClaimsAsync(_claims);

    [IterationCleanup]
    public void DeleteDatabase()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// Cold runs, no warm-up, in the benchmark process itself: a run takes tens of seconds, and on a
/// shared build machine generating and compiling a separate benchmark project times out.
/// </summary>
public sealed class SingleShotInProcess : ManualConfig
{
    public SingleShotInProcess() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(2)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true)));
}
