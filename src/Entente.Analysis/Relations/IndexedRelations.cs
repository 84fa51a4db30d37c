using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Relations;

/// <summary>
/// The first relations of one actor, as a snapshot of its claims ranks them (confidence, then key), without rating
/// every one: a hub has tens of thousands of relations and rating each reads and compares the words of its claims.
/// The store counts the actor's claims per relation, source and certainty (<see cref="IEntenteStore.QueryRelationSourcesAsync"/>);
/// from those and the sources' publishers and reliability each relation gets a ceiling on its confidence, the rating
/// with every publisher an independent witness (merging near-duplicate texts, which needs the words, only lowers it).
/// Relations are then rated exactly, from the claims between their two actors, in order of ceiling, until no ceiling can
/// beat the last of the first <c>limit</c>. Relations a verdict touches are always rated exactly: the counts are of
/// claims as stored. The answer equals the snapshot's (tests/Entente.Analysis.Tests/IndexedAnswers*).
/// </summary>
public static class IndexedRelations
{
    public static async Task<IReadOnlyList<Relation>> TopAsync(IEntenteStore store, KnowledgeBase kb, string actor, AnalysisFilter filter, int limit,
        bool includeRejected = false, CancellationToken ct = default)
    {
        if (limit <= 0) return [];
        var world = await StoreWorld.ReadAsync(store, kb, filter.Rollup, ct, includeRejected);
        var counted = world.Counted(actor);
        var reviewed = await world.ReviewedClaimsAsync(ct);
        var ceilings = new RelationCeilings(world.Sources);
        // Reviewed claims are counted as stored too: each one's stored relation is rated exactly below whatever it counts,
        // and leaving them out would make the database look up every claim's id (the relation indexes do not hold it).
        var query = IndexedNetwork.Pushed(filter) with { Actors = world.Members(actor) };
        await foreach (var row in store.QueryRelationSourcesAsync(query, ct))
        {
            var (s, o) = (ceilings.Counted(row.SubjectId, world), ceilings.Counted(row.ObjectId, world));
            if (ClaimGraph.Same(s, counted) || ClaimGraph.Same(o, counted)) ceilings.Add(s, row.Relation, o, row.SourceId, row.Certainty);
        }
        foreach (var c in reviewed)
        {
            // As stored (counted above as it stands) and as the verdicts leave it: both relations are rated from claims.
            ceilings.Force(world.Counted(c.Subject.Id), c.Relation, c.Object is null ? null : world.Counted(c.Object.Id));
            if (EffectiveClaims.TryApply(c, world.Latest, out var effective, includeRejected))
                ceilings.Force(world.Counted(effective.Subject.Id), effective.Relation, effective.Object is null ? null : world.Counted(effective.Object.Id));
        }

        var top = new List<Relation>();
        // Rated in batches, each from one graph (building a graph costs more than rating a few relations), doubling
        // while the ceilings still allow better ones: a few more are rated than strictly needed, never fewer. The
        // candidates are taken in order as needed, so only the ceilings reached are ever sorted.
        using var ordered = ceilings.InOrder().GetEnumerator();
        for (var (more, batch) = (ordered.MoveNext(), limit); more; batch *= 2)
        {
            if (top.Count == limit && !Precedes(ordered.Current.Ceiling, ordered.Current.Key, top[^1])) break;
            var chunk = new List<RelationCandidate>();
            for (; more && chunk.Count < batch; more = ordered.MoveNext()) chunk.Add(ordered.Current);
            var relations = await RateAsync(world, actor, chunk, reviewed, filter, ct);
            foreach (var candidate in chunk)
            {
                if (!relations.TryGetValue(candidate.Key, out var relation)) continue;
                var place = top.FindIndex(r => Precedes(relation.Confidence, relation.Key, r));
                top.Insert(place < 0 ? top.Count : place, relation);
                if (top.Count > limit) top.RemoveAt(limit);
            }
        }
        return top;
    }

    /// <summary>Whether a relation of this confidence and key is listed before <paramref name="r"/>.</summary>
    private static bool Precedes(int confidence, string key, Relation r) =>
        confidence > r.Confidence || (confidence == r.Confidence && string.CompareOrdinal(key, r.Key) < 0);

    /// <summary>
    /// The actor's relations among the reviewed claims (read whole, and kept before the lines of the same claims) and, for
    /// each candidate, the claims between its two actors (members too, when rolling up), as the store lists them, whose
    /// relation could contradict its relation (<see cref="Conflicts.ConflictRules.Compatible"/>): every claim of the
    /// candidate, and every claim a conflict that marks it contested can involve. Claims of other pairs and types in the
    /// same graph change none of these (relations group by key, conflicts by pair and type). Each pair is read once, for
    /// the relations of all its candidates: a hub's pairs hold candidates of several types.
    /// </summary>
    private static async Task<Dictionary<string, Relation>> RateAsync(StoreWorld world, string actor, List<RelationCandidate> candidates, List<Claim> reviewed,
        AnalysisFilter filter, CancellationToken ct)
    {
        var claims = new List<Claim>(reviewed);
        var pairs = new Dictionary<(string, string), (string A, string B, HashSet<string> Relations)>();
        foreach (var c in candidates)
        {
            var (a, b) = (c.Subject.ToLowerInvariant(), c.Object.ToLowerInvariant());
            var key = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
            if (!pairs.TryGetValue(key, out var pair)) pairs[key] = pair = (c.Subject, c.Object, new HashSet<string>(StringComparer.Ordinal));
            pair.Relations.UnionWith(RelationTypes.All.Where(t => Conflicts.ConflictRules.Compatible(t.Id, c.Relation)).Select(t => t.Id));
        }
        foreach (var (a, b, relations) in pairs.Values)
        {
            var (ma, mb) = (world.Members(a), world.Members(b));
            claims.AddRange(await world.LinesAsync(ma, mb, relations, ct));
            if (!ClaimGraph.Same(a, b)) claims.AddRange(await world.LinesAsync(mb, ma, relations, ct));
        }
        var g = world.Graph(StoreWorld.InStoreOrder(claims));
        return RelationBuilder.Build(g.Touching(actor, filter), g).ToDictionary(r => r.Key, StringComparer.Ordinal);
    }
}
