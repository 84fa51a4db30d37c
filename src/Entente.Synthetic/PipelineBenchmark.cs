using System.Diagnostics;
using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Synthetic;

/// <summary>One timed stage: wall-clock and process CPU milliseconds (on a shared machine the CPU time is the steadier figure).</summary>
public sealed record StageTiming(string Stage, double Milliseconds, double CpuMilliseconds, string Detail);

/// <summary>
/// Times the whole analysis pipeline on a synthetic graph: generate, optionally write to and read back
/// from a store, build the snapshot, then a profile, a 3-hop path and whole-graph centrality on it; with a store,
/// the same questions again as one-shot commands ask them of the store.
/// Uses a Stopwatch, not a clock: durations only.
/// </summary>
public static class PipelineBenchmark
{
    public static async Task<IReadOnlyList<StageTiming>> RunAsync(KnowledgeBase kb, SyntheticOptions options, IEntenteStore? store, CancellationToken ct = default)
    {
        var timings = new List<StageTiming>();
        var sw = new StageClock();
        var synth = new SyntheticGraph(kb, options);
        var docs = synth.Documents().ToList();
        timings.Add(sw.Stop("generate", $"{options.Claims} claims, {docs.Count} sources, {synth.NewEntities.Count} synthetic actors"));

        GraphSnapshot snapshot;
        if (store is not null)
        {
            sw.Restart();
            var added = (await Ingest(store, synth, docs, ct: ct)).Sum(r => r.ClaimsAdded);
            timings.Add(sw.Stop("ingest", $"{added} claims into {store.Description}"));
            sw.Restart();
            snapshot = await GraphSnapshot.LoadAsync(store, kb, null, ct);
            timings.Add(sw.Stop("load snapshot", $"{snapshot.Graph.Claims.Count} claims read and indexed"));
        }
        else
        {
            sw.Restart();
            snapshot = new GraphSnapshot(ClaimGraph.Build(docs.SelectMany(d => d.Claims), Array.Empty<Verdict>(), docs.Select(d => d.Source), kb, synth.NewEntities));
            timings.Add(sw.Stop("build snapshot", $"{snapshot.Graph.Claims.Count} claims indexed in memory"));
        }
        docs.Clear();

        sw.Restart();
        var net = snapshot.NetworkFor(AnalysisFilter.None);
        timings.Add(sw.Stop("actor network", $"{net.Count} actors, {net.Neighbors.Sum(n => n.Length) / 2} edges"));

        var (a, b) = Pair(kb, net);
        sw.Restart();
        var profile = snapshot.Profile(a, b);
        timings.Add(sw.Stop("profile", $"{profile.A.Name}–{profile.B.Name}: {profile.Claims} claims, {profile.Relations.Count} relations"));

        sw.Restart();
        profile = snapshot.Profile(a, b);
        timings.Add(sw.Stop("profile, warm", "the same query again on the same snapshot"));

        var far = net.Ids[Math.Min(net.Count - 1, net.Count / 2)];
        sw.Restart();
        var paths = snapshot.Paths(a, far, 3);
        timings.Add(sw.Stop("path (3 hops)", $"{paths.Count} paths {snapshot.Graph.Entities.Name(a)} → {snapshot.Graph.Entities.Name(far)}"));

        sw.Restart();
        paths = snapshot.Paths(a, far, 3);
        timings.Add(sw.Stop("path (3 hops), warm", "the same query again on the same snapshot"));

        sw.Restart();
        var centrality = snapshot.Centrality();
        timings.Add(sw.Stop("centrality", $"degree, betweenness, PageRank of {centrality.Count} actors"));
        if (store is not null) await FromStoreAsync(store, kb, a, b, far, timings, ct);
        return timings;
    }

    /// <summary>
    /// The questions a one-shot command asks, each read from the store as the command reads it (indexes, outlines, the
    /// claims it shows), with no snapshot: what a command costs beyond starting the process.
    /// </summary>
    private static async Task FromStoreAsync(IEntenteStore store, KnowledgeBase kb, string a, string b, string far, List<StageTiming> timings, CancellationToken ct)
    {
        var sw = new StageClock();
        var none = AnalysisFilter.None;
        var profile = (await GraphSnapshot.LoadForProfileAsync(store, kb, a, b, none, ct)).Profile(a, b, none);
        timings.Add(sw.Stop("from the store: profile", $"{profile.Claims} claims between the pair, read whole; the rest as outlines"));
        sw.Restart();
        var relations = (await GraphSnapshot.LoadAroundAsync(store, kb, [a], false, ct)).Relations(none, a);
        timings.Add(sw.Stop("from the store: relations", $"{relations.Count} relations of {a}"));
        sw.Restart();
        var timeline = (await GraphSnapshot.LoadAroundAsync(store, kb, [b], false, ct)).Timeline(b, null, null, none);
        timings.Add(sw.Stop("from the store: timeline", $"{timeline.Entries.Count} claims about {b}"));
        sw.Restart();
        var copresence = await IndexedQueries.CoPresenceAsync(store, kb, a, b, none, new Random(1), ct: ct);
        timings.Add(sw.Stop("from the store: copresence", $"{copresence.Theaters.Count} shared theaters"));
        sw.Restart();
        var (paths, _) = await IndexedQueries.PathsAsync(store, kb, a, far, 3, none, ct: ct);
        timings.Add(sw.Stop("from the store: path (3 hops)", $"{paths.Count} paths, from the claim pairs and the hops' claims"));
        sw.Restart();
        var centrality = await IndexedQueries.CentralityAsync(store, kb, none, ct: ct);
        timings.Add(sw.Stop("from the store: centrality", $"{centrality.Count} actors, from the claim pairs"));
    }

    /// <summary>Measures one stage at a time: wall clock by Stopwatch, CPU by the process's processor time.</summary>
    private sealed class StageClock
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public void Restart()
        {
            _cpu = Process.GetCurrentProcess().TotalProcessorTime;
            _wall.Restart();
        }

        public StageTiming Stop(string stage, string detail) =>
            new(stage, _wall.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds, detail);
    }

    /// <summary>
    /// Writes the synthetic actors, then the sources with their claims, as many claims to a transaction as the store
    /// asks (<see cref="IEntenteStore.BulkLoadClaimsPerTransaction"/>: SQLite takes them all in one, so that into an
    /// empty store its claim indexes are built once, after the rows).
    /// </summary>
    /// <param name="given">Told how many claims each source carries as it goes to the store, for a command that shows progress.</param>
    public static async Task<IReadOnlyList<DocumentWriteResult>> Ingest(IEntenteStore store, SyntheticGraph synth, IEnumerable<SyntheticDocument> docs,
        Action<int>? given = null, CancellationToken ct = default)
    {
        await store.UpsertEntitiesAsync(synth.NewEntities, ct);
        var results = new List<DocumentWriteResult>();
        using var next = docs.GetEnumerator();
        var more = next.MoveNext();
        while (more)
        {
            results.AddRange(await store.AddDocumentsAsync(Batch(), ct));
        }
        return results;

        // The documents up to the store's claims per transaction, taken lazily as the store writes them.
        IEnumerable<(Source, IReadOnlyList<Claim>)> Batch()
        {
            for (var claims = 0; more && claims < store.BulkLoadClaimsPerTransaction; more = next.MoveNext())
            {
                var d = next.Current;
                claims += d.Claims.Count;
                given?.Invoke(d.Claims.Count);
                yield return (d.Source, d.Claims);
            }
        }
    }

    /// <summary>Russia and Iran when the knowledge base knows them, else the two best-connected actors.</summary>
    public static (string A, string B) Pair(KnowledgeBase kb, Analysis.Network.ActorNetwork net)
    {
        if (kb.Resolve("Russia") is { } r && kb.Resolve("Iran") is { } i && net.IndexOf(r.Id) is not null && net.IndexOf(i.Id) is not null) return (r.Id, i.Id);
        var top = Enumerable.Range(0, net.Count).OrderByDescending(x => net.Neighbors[x].Length).Take(2).Select(x => net.Ids[x]).ToList();
        return (top[0], top.Count > 1 ? top[1] : top[0]);
    }
}
