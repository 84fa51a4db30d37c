using System.Runtime.InteropServices;
using Entente.Analysis.Network;
using Entente.Analysis.Theaters;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>
/// The whole-graph questions answered from a store without loading the whole graph: the network from the claim pairs
/// (<see cref="IndexedNetwork"/>), footprints from actor facts or outlines, and whole claims only where an answer shows their words
/// (a path's hops, co-presence evidence). Each answer equals the one a snapshot of the whole graph gives
/// (tests/Entente.Analysis.Tests/IndexedAnswers*), under filters, roll-up and verdicts. What they cannot know is what
/// claims alone say of entities neither the knowledge base nor the store's entities describe.
/// </summary>
public static class IndexedQueries
{
    public static async Task<IReadOnlyList<CentralityScore>> CentralityAsync(IEntenteStore store, KnowledgeBase kb, AnalysisFilter filter,
        bool includeRejected = false, CancellationToken ct = default)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        var entities = world.Directory();
        return Centrality.Scores(await IndexedNetwork.LoadAsync(world, entities, filter, ct), entities.Ref);
    }

    /// <summary>The paths between a and b, with the graph of their hops' claims (for names).</summary>
    public static async Task<(IReadOnlyList<ActorPath> Paths, ClaimGraph Graph)> PathsAsync(IEntenteStore store, KnowledgeBase kb, string a, string b,
        int maxLength, AnalysisFilter filter, int maxPaths = 10, bool includeRejected = false, CancellationToken ct = default)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        var net = await IndexedNetwork.LoadAsync(world, world.Directory(), filter, ct);
        var routes = PathFinder.Routes(net, world.Counted(a), world.Counted(b), maxLength, maxPaths);
        // Reviewed claims whole, kept before the listing lines of the same claims (as relations are rated); each hop's claims as
        // the store lists them, which is all a hop's relations show: a hub's hop holds thousands of claims, and decoding each
        // whole cost more than reading its line.
        var claims = await world.ReviewedClaimsAsync(ct);
        foreach (var (u, v) in routes.SelectMany(r => r.Zip(r.Skip(1), (u, v) => (Math.Min(u, v), Math.Max(u, v)))).Distinct())
        {
            var (mu, mv) = (world.Members(net.Ids[u]), world.Members(net.Ids[v]));
            claims.AddRange(await world.LinesAsync(mu, mv, null, ct));
            claims.AddRange(await world.LinesAsync(mv, mu, null, ct));
        }
        var g = world.Graph(StoreWorld.InStoreOrder(claims));
        return (PathFinder.Describe(g, net, routes, filter), g);
    }

    /// <param name="evidence">
    /// At most this many claims cited per theater and side (the first ones, as the whole report orders them), for a view
    /// that shows no more: two hubs share hundreds of theaters with hundreds of thousands of claims. Null cites them all.
    /// </param>
    public static async Task<CoPresenceReport> CoPresenceAsync(IEntenteStore store, KnowledgeBase kb, string a, string b, AnalysisFilter filter,
        Random random, int permutations = CoPresence.DefaultPermutations, bool includeRejected = false, int? evidence = null, CancellationToken ct = default)
    {
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        var entities = world.Directory();
        var locator = new TheaterLocator(entities);
        var (ca, cb) = (world.Counted(a), world.Counted(b));
        var footprints = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        // The claims that put a or b in each theater, counted as often as the whole graph lists them, and the first ones to cite.
        var (ofA, ofB) = (new Dictionary<string, Citations>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, Citations>(StringComparer.OrdinalIgnoreCase));
        // A default claim puts an actor in a theater by a stored fact: it is in the footprint, and cited by no side. The facts
        // come in the order of their actors, so the last actor's footprint (null when it is no actor) is kept at hand.
        (string? Actor, HashSet<string>? Theaters) last = (null, null);
        void Put(string actor, string theater, Cited claim)
        {
            if (!ReferenceEquals(actor, last.Actor))
            {
                HashSet<string>? found = null;
                if (entities.Kind(actor).IsActor() && !footprints.TryGetValue(actor, out found)) footprints[actor] = found = new(StringComparer.OrdinalIgnoreCase);
                last = (actor, found);
            }
            if (last.Theaters is not { } theaters) return;
            theaters.Add(theater);
            if (claim.StoredId is not null) Cite(actor, theater, claim);
        }
        // Where the facts already hold every actor's footprint, a claim of a or b is only cited (Put without the footprint).
        // The directory and Same both ignore case, so an actor that is a or b has a's or b's kind.
        var (aIsActor, bIsActor) = (entities.Kind(ca).IsActor(), entities.Kind(cb).IsActor());
        void Cite(string actor, string theater, Cited claim)
        {
            if (aIsActor && ClaimGraph.Same(actor, ca)) CitationsOf(ofA, theater, evidence).Add(claim);
            if (bIsActor && ClaimGraph.Same(actor, cb)) CitationsOf(ofB, theater, evidence).Add(claim);
        }
        void Add(string storedId, in ClaimOutline o, bool footprint = true)
        {
            if (!AnalysisFilter.IsAffirmative(o.Certainty) || !filter.Matches(o) || locator.Locate(o.Relation, o.PlaceId, o.ObjectId) is not { } at) return;
            var cited = new Cited(storedId, o.Id, o.Certainty);
            if (at.SubjectThere) PutOrCite(world.Counted(o.SubjectId), at.Theater, cited, footprint);
            if (at.ObjectThere && o.ObjectId is not null) PutOrCite(world.Counted(o.ObjectId), at.Theater, cited, footprint);
        }
        void PutOrCite(string actor, string theater, Cited claim, bool footprint)
        {
            if (footprint) Put(actor, theater, claim);
            else Cite(actor, theater, claim);
        }
        // Under roll-up the pair's blocs touch a large share of the store (at 1M synthetic claims, reading their listing
        // lines cost more than one pass over every outline), and a narrowing filter is beyond the facts: both read every outline.
        if (filter.NarrowsClaims || filter.Rollup)
        {
            await foreach (var o in store.QueryClaimOutlinesAsync(IndexedNetwork.Pushed(filter), ct))
                if (!world.Latest.ContainsKey(o.Id)) Add(o.Id, o);
        }
        else
        {
            // Every claim counts: every actor's theaters come from the facts the store keeps, and only the claims of a and b
            // are read, for the claims that put them in each theater: as the store lists them, which SQLite reads
            // from the listing-line indexes alone (asking the table for the outlines of a hub's claims costs a page each).
            // The facts of reviewed claims are taken out here and come back below as the verdicts leave them.
            await foreach (var (actor, theater) in StoredTheatersAsync(world, locator, ct)) Put(world.Counted(actor), theater, default);
            var members = world.Members(a).Concat(world.Members(b)).Distinct(StringComparer.Ordinal).ToList();
            await foreach (var o in store.QueryClaimLineOutlinesAsync(members, ct))
                if (!world.Latest.ContainsKey(o.Id)) Add(o.Id, o, footprint: false);
        }
        if (world.Latest.Count > 0)
            await foreach (var o in store.QueryClaimOutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct))
                if (EffectiveClaims.TryApply(o, world.Latest, out var effective, includeRejected)) Add(o.Id, effective);

        // Only the theaters both share show their evidence, and a view that shows a few claims of each needs only those
        // (Citations keeps them): only those claims are read whole.
        var (citeA, citeB) = (ofA.Where(kv => ofB.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.First, StringComparer.OrdinalIgnoreCase),
            ofB.Where(kv => ofA.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value.First, StringComparer.OrdinalIgnoreCase));
        var shown = citeA.Values.Concat(citeB.Values).SelectMany(l => l).Select(c => c.StoredId).ToHashSet(StringComparer.Ordinal);
        var stored = new List<Claim>();
        foreach (var chunk in shown.Order(StringComparer.Ordinal).Chunk(500)) stored.AddRange(await world.ClaimsAsync(new ClaimQuery { Ids = chunk }, ct));
        var effectiveOf = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in stored)
            if (EffectiveClaims.TryApply(c, world.Latest, out var effective, includeRejected)) effectiveOf[c.Id] = effective;
        Dictionary<string, List<Claim>> Claims(Dictionary<string, Citations> all, Dictionary<string, List<Cited>> cite) =>
            all.ToDictionary(kv => kv.Key, kv => cite.TryGetValue(kv.Key, out var l) ? l.ConvertAll(c => effectiveOf[c.StoredId]) : [], StringComparer.OrdinalIgnoreCase);

        var g = world.Graph(StoreWorld.InStoreOrder(stored));
        return CoPresence.Report(g, a, b, filter.Rollup, footprints.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value, StringComparer.OrdinalIgnoreCase),
            Claims(ofA, citeA), Claims(ofB, citeB), random, permutations, (isA, t) => (isA ? ofA : ofB)[t].Count);
    }

    private static readonly ActorFactKind[] TheaterKinds = [ActorFactKind.Place, ActorFactKind.ObjectPlace, ActorFactKind.ObjectHome];

    /// <summary>
    /// Each stored actor (not rolled up) and a theater some unreviewed affirmative claim puts it in, from the store's actor facts:
    /// the same places <see cref="TheaterLocator.Locate(string, string?, string?)"/> finds for those claims.
    /// </summary>
    private static async IAsyncEnumerable<(string Actor, string Theater)> StoredTheatersAsync(StoreWorld world, TheaterLocator locator,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (world.Latest.Count == 0)
        {
            // Nothing to take out: a fact puts its actor in its theater whenever it counts a claim (stored counts only ever
            // grow), so the facts are not summed first, nor kept: each is handed on as it is read. A repeat (other years,
            // another place of the same theater) is one more entry of a set the caller keeps.
            await foreach (var f in world.Store.QueryActorFactsOfKindsAsync(TheaterKinds, ct))
                if (f.Claims > 0 && locator.TheaterOf(f.Kind, f.OtherId) is { } theater) yield return (f.ActorId, theater);
            yield break;
        }
        var counts = new Dictionary<(string Actor, ActorFactKind Kind, string Other), int>();
        await foreach (var f in world.Store.QueryActorFactsOfKindsAsync(TheaterKinds, ct))
            CollectionsMarshal.GetValueRefOrAddDefault(counts, (f.ActorId, f.Kind, f.OtherId), out _) += f.Claims;
        await foreach (var o in world.Store.QueryClaimOutlinesAsync(new ClaimQuery { ReviewedOnly = true }, ct))
            foreach (var f in ActorFactRows.Of(o))
                if (TheaterKinds.Contains(f.Kind))
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, (f.ActorId, f.Kind, f.OtherId), out _) -= f.Claims;
        foreach (var ((actor, kind, other), n) in counts)
            if (n > 0 && locator.TheaterOf(kind, other) is { } theater) yield return (actor, theater);
    }

    /// <summary>A claim that puts a or b in a theater: its stored id (to read it), and its id and certainty as the verdicts leave it (to order it).</summary>
    private readonly record struct Cited(string StoredId, string Id, Core.Ontology.Certainty Certainty);

    private static Citations CitationsOf(Dictionary<string, Citations> byTheater, string theater, int? limit)
    {
        if (!byTheater.TryGetValue(theater, out var citations)) byTheater[theater] = citations = new Citations(limit);
        return citations;
    }

    /// <summary>
    /// The claims that put one side in one theater: how many, and the ones to cite. With a limit, the first that many in
    /// the order the report cites them (certainty, then id; ties in the order added), kept as they come: a hub's side of a
    /// shared theater has tens of thousands of claims, and keeping each until the end made garbage the collector had to
    /// carry. Without one, every claim in the order added.
    /// </summary>
    private sealed class Citations(int? limit)
    {
        public int Count { get; private set; }

        public List<Cited> First { get; } = [];

        public void Add(Cited claim)
        {
            Count++;
            if (limit is not { } n)
            {
                First.Add(claim);
                return;
            }
            // After every kept claim it does not precede, so an equal one keeps its place ahead.
            var at = First.Count;
            while (at > 0 && Precedes(claim, First[at - 1])) at--;
            if (at >= n) return;
            First.Insert(at, claim);
            if (First.Count > n) First.RemoveAt(n);
        }

        private static bool Precedes(Cited x, Cited y) =>
            x.Certainty != y.Certainty ? x.Certainty < y.Certainty : string.CompareOrdinal(x.Id, y.Id) < 0;
    }
}
