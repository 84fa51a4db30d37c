using BenchmarkDotNet.Attributes;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;
using Entente.Storage;
using Entente.Web.Hosting;

namespace Entente.Benchmarks;

/// <summary>
/// Target: with 10,000 relations in the database, the graph neighbourhood and pair profile endpoints
/// answer in under 100 ms over HTTP (warm analysis snapshot; the clock stands still so it is not reloaded).
/// </summary>
[MemoryDiagnoser]
public class WebBenchmarks
{
    private const int Relations = 10_000;
    private string _dir = "";
    private RunningWorkbench _server = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dir = Directory.CreateTempSubdirectory("entente-bench-web-").FullName;
        var db = Path.Combine(_dir, "bench.db");
        var kb = KnowledgeBase.Load();
        var states = kb.Entities.Where(e => e.Kind == EntityKind.State).OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityRef.Of).ToList();
        var relations = RelationTypes.All.Where(t => t.Id is not ("presence" or "occupation")).ToList();
        await using (var store = await StoreOpener.OpenAsync(db))
        {
            var text = "Benchmark source with generated claims.";
            var source = new Source { Id = "src-" + ContentHash.Of(text)[..20], Title = "bench", ContentHash = ContentHash.Of(text), Text = text };
            var claims = new List<Claim>(Relations);
            var rus = states.Single(s => s.Id == "rus");
            var irn = states.Single(s => s.Id == "irn");
            // Distinct (subject, type, object) triples, so each claim is its own relation; rus and irn are hubs.
            for (var i = 0; claims.Count < Relations; i++)
            {
                var a = i % 5 == 0 ? rus : i % 5 == 1 ? irn : states[i % states.Count];
                var b = states[(i / states.Count + i * 7 + 1) % states.Count];
                if (a.Id == b.Id) continue;
                var type = relations[(i / 3) % relations.Count];
                claims.Add(new Claim
                {
                    Id = "",
                    SourceId = source.Id,
                    Subject = a,
                    Relation = type.Id,
                    Object = b,
                    Time = ClaimTime.Year(1990 + i % 35, "year"),
                    Evidence = new EvidenceSpan(source.Id, 0, 9, "Benchmark"),
                    Producer = Producer.Rule("bench-" + i),
                }.WithId());
            }
            await store.AddDocumentAsync(source, claims);
        }
        _server = await WorkbenchServer.StartAsync(new WorkbenchOptions
        {
            Database = db,
            Port = 0,
            Knowledge = kb,
            Clock = new StoppedClock(),
        });
        _client = new HttpClient { BaseAddress = _server.Url };
        await _client.GetStringAsync("/api/graph/rus");
    }

    [Benchmark]
    public Task<string> Neighbourhood() => _client.GetStringAsync("/api/graph/rus");

    [Benchmark]
    public Task<string> PairProfile() => _client.GetStringAsync("/api/profile/rus/irn");

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private sealed class StoppedClock : TimeProvider
    {
        private readonly DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
    }
}
