using System.Runtime.InteropServices;
using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Analysis.Conflicts;

/// <summary>
/// Pairs claims that contradict each other (see <see cref="ConflictRules"/>): each denial with the affirmative claims it
/// denies, and affirmative claims from different sources that disagree on how many. Claims are compared only within
/// the pair of actors they name, so the cost follows the largest pair, not the whole graph.
/// </summary>
public static class ConflictFinder
{
    public static IReadOnlyList<Conflict> Find(IEnumerable<ActedClaim> claims, ClaimGraph g)
    {
        var conflicts = new List<Conflict>();
        var byPair = new Dictionary<string, List<ActedClaim>>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in claims)
        {
            // A rejected claim shown for review is no evidence either way.
            if (a.Object is null || VerdictMark.IsRejected(a.Claim) || !RelationTypes.IsKnown(a.Claim.Relation)) continue;
            var key = string.CompareOrdinal(a.Subject.ToLowerInvariant(), a.Object.ToLowerInvariant()) <= 0
                ? $"{a.Subject.ToLowerInvariant()}|{a.Object.ToLowerInvariant()}" : $"{a.Object.ToLowerInvariant()}|{a.Subject.ToLowerInvariant()}";
            if (!byPair.TryGetValue(key, out var list)) byPair[key] = list = [];
            list.Add(a);
        }
        foreach (var pair in byPair.Values)
        {
            Denials(pair, g, conflicts);
            Disagreements(pair, g, conflicts);
        }
        return conflicts.OrderBy(c => c.Subject.Name, StringComparer.Ordinal).ThenBy(c => c.Relation, StringComparer.Ordinal)
            .ThenBy(c => c.Object.Name, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();
    }

    /// <summary>The ids of every claim in a conflict, for marking relations contested.</summary>
    public static HashSet<string> ContestedClaims(IEnumerable<Conflict> conflicts) =>
        conflicts.SelectMany(c => c.ClaimIds).ToHashSet(StringComparer.Ordinal);

    /// <summary>Denials of one relation between the pair are taken together, with every affirmative claim any of them contradicts.</summary>
    private static void Denials(List<ActedClaim> pair, ClaimGraph g, List<Conflict> into)
    {
        var denials = pair.Where(a => !AnalysisFilter.IsAffirmative(a.Claim.Certainty)).ToList();
        if (denials.Count == 0) return;
        var affirmative = pair.Where(a => AnalysisFilter.IsAffirmative(a.Claim.Certainty)).ToList();
        // The affirmative claims' positions by relation: a denial group meets only the claims of relations compatible with
        // its own (every denial of a group has the same relation), and a pair of hubs has thousands of claims of each kind.
        var byRelation = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < affirmative.Count; i++)
        {
            ref var positions = ref CollectionsMarshal.GetValueRefOrAddDefault(byRelation, affirmative[i].Claim.Relation, out _);
            (positions ??= []).Add(i);
        }
        foreach (var group in denials.GroupBy(d => (d.Claim.Relation, Key(d))))
        {
            var denied = group.ToList();
            var matcher = new DenialGroup(denied);
            var hits = new List<int>();
            foreach (var (relation, positions) in byRelation)
            {
                if (!ConflictRules.Compatible(group.Key.Relation, relation)) continue;
                var symmetric = RelationTypes.Get(relation).Symmetric;
                foreach (var i in positions)
                    if (matcher.Contradicts(affirmative[i], symmetric)) hits.Add(i);
            }
            // In the pair's order, as a scan of every affirmative claim would list them.
            hits.Sort();
            var contradicted = hits.ConvertAll(i => affirmative[i]);
            if (contradicted.Count == 0) continue;
            var first = denied[0];
            var said = denied.Any(d => d.Claim.Certainty == Certainty.Denied) ? "denied" : "refuted";
            into.Add(new Conflict(ConflictKind.Denial, g.Entities.Ref(first.Subject), first.Claim.Relation, g.Entities.Ref(first.Object!),
                $"{said} by {Count(denied.Count, "claim")}, affirmed by {Count(contradicted.Count, "claim")}",
                Cite(contradicted, g), Cite(denied, g)));
        }
    }

    /// <summary>Each pair of affirmative claims from different sources that count the same materiel differently.</summary>
    private static void Disagreements(List<ActedClaim> pair, ClaimGraph g, List<Conflict> into)
    {
        var counted = pair.Where(a => AnalysisFilter.IsAffirmative(a.Claim.Certainty) && a.Claim.Quantity is not null && a.Claim.Materiel.Count > 0).ToList();
        for (var i = 0; i < counted.Count; i++)
            for (var j = i + 1; j < counted.Count; j++)
            {
                var (x, y) = (counted[i], counted[j]);
                if (x.Claim.SourceId == y.Claim.SourceId || x.Claim.Relation != y.Claim.Relation) continue;
                if (!ConflictRules.SameParties(x, y, x.Claim.Type.Symmetric) || !ConflictRules.Overlap(x.Claim.Time, y.Claim.Time)) continue;
                if (!ConflictRules.QuantitiesDisagree(x.Claim, y.Claim)) continue;
                into.Add(new Conflict(ConflictKind.Disagreement, g.Entities.Ref(x.Subject), x.Claim.Relation, g.Entities.Ref(x.Object!),
                    $"how many: \"{x.Claim.Quantity!.Text}\" against \"{y.Claim.Quantity!.Text}\"", Cite([x], g), Cite([y], g)));
            }
    }

    private static string Key(in ActedClaim a) => RelationBuilder.KeyOf(a.Subject, a.Claim.Relation, a.Object!, a.Claim.Type.Symmetric);

    private static List<Evidence> Cite(IEnumerable<ActedClaim> claims, ClaimGraph g) =>
        claims.Select(a => Evidence.Of(a.Claim, g)).DistinctBy(e => e.ClaimId, StringComparer.Ordinal).ToList();

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
