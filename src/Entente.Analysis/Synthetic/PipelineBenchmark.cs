using System.Diagnostics;
using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Synthetic;

/// <summary>One timed stage of the analysis pipeline.</summary>
public sealed record StageTiming(string Stage, double Milliseconds, string Detail);

/// <summary>
/// Times the whole analysis pipeline on a synthetic graph: generate, optionally write to and read back
/// from a store, build the snapshot, then a profile, a 3-hop path and whole-graph centrality on it.
/// Uses a Stopwatch, not a clock: durations only.
/// </summary>
public static class PipelineBenchmark
{
    public static async Task<IReadOnlyList<StageTiming>> RunAsync(KnowledgeBase kb, SyntheticOptions options, IEntenteStore? store, CancellationToken ct = default)
    {
        var timings = new List<StageTiming>();
        var sw = Stopwatch.StartNew();
        var synth = new SyntheticGraph(kb, options);
        var docs = synth.Documents().ToList();
        timings.Add(new("generate", sw.Elapsed.TotalMilliseconds, $"{options.Claims} claims, {docs.Count} sources, {synth.NewEntities.Count} synthetic actors"));

        GraphSnapshot snapshot;
        if (store is not null)
        {
            sw.Restart();
            var added = await Ingest(store, synth, docs, ct);
            timings.Add(new("ingest", sw.Elapsed.TotalMilliseconds, $"{added} claims into {store.Description}"));
            sw.Restart();
            snapshot = await GraphSnapshot.LoadAsync(store, kb, null, ct);
            timings.Add(new("load snapshot", sw.Elapsed.TotalMilliseconds, $"{snapshot.Graph.Claims.Count} claims read and indexed"));
        }
        else
        {
            sw.Restart();
            snapshot = new GraphSnapshot(ClaimGraph.Build(docs.SelectMany(d => d.Claims), Array.Empty<Verdict>(), docs.Select(d => d.Source), kb, synth.NewEntities));
            timings.Add(new("build snapshot", sw.Elapsed.TotalMilliseconds, $"{snapshot.Graph.Claims.Count} claims indexed in memory"));
        }
        docs.Clear();

        sw.Restart();
        var net = snapshot.NetworkFor(AnalysisFilter.None);
        timings.Add(new("actor network", sw.Elapsed.TotalMilliseconds, $"{net.Count} actors, {net.Neighbors.Sum(n => n.Length) / 2} edges"));

        var (a, b) = Pair(kb, net);
        sw.Restart();
        var profile = snapshot.Profile(a, b);
        timings.Add(new("profile", sw.Elapsed.TotalMilliseconds, $"{profile.A.Name}–{profile.B.Name}: {profile.Claims} claims, {profile.Relations.Count} relations"));

        var far = net.Ids[Math.Min(net.Count - 1, net.Count / 2)];
        sw.Restart();
        var paths = snapshot.Paths(a, far, 3);
        timings.Add(new("path (3 hops)", sw.Elapsed.TotalMilliseconds, $"{paths.Count} paths {snapshot.Graph.Entities.Name(a)} → {snapshot.Graph.Entities.Name(far)}"));

        sw.Restart();
        var centrality = snapshot.Centrality();
        timings.Add(new("centrality", sw.Elapsed.TotalMilliseconds, $"degree, betweenness, PageRank of {centrality.Count} actors"));
        return timings;
    }

    /// <summary>Writes the synthetic actors, then each source with its claims in its own transaction.</summary>
    public static async Task<int> Ingest(IEntenteStore store, SyntheticGraph synth, IEnumerable<SyntheticDocument> docs, CancellationToken ct = default)
    {
        await store.UpsertEntitiesAsync(synth.NewEntities, ct);
        var added = 0;
        foreach (var d in docs) added += (await store.AddDocumentAsync(d.Source, d.Claims, null, ct)).ClaimsAdded;
        return added;
    }

    /// <summary>Russia and Iran when the knowledge base knows them, else the two best-connected actors.</summary>
    public static (string A, string B) Pair(KnowledgeBase kb, Network.ActorNetwork net)
    {
        if (kb.Resolve("Russia") is { } r && kb.Resolve("Iran") is { } i && net.IndexOf(r.Id) is not null && net.IndexOf(i.Id) is not null) return (r.Id, i.Id);
        var top = Enumerable.Range(0, net.Count).OrderByDescending(x => net.Neighbors[x].Length).Take(2).Select(x => net.Ids[x]).ToList();
        return (top[0], top.Count > 1 ? top[1] : top[0]);
    }
}
