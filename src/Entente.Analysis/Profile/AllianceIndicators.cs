using Entente.Analysis.Graph;
using Entente.Analysis.Network;
using Entente.Analysis.Relations;
using Entente.Core.Ontology;

namespace Entente.Analysis.Profile;

/// <summary>
/// Indicators that separate a strategic alliance from a transactional relationship, each scaled to 0–1.
/// Formulas are in docs/analysis.md; the basis text of each says what it counted.
/// </summary>
public static class AllianceIndicators
{
    public const int PersistenceWindowYears = 2;

    public static IReadOnlyList<Indicator> Compute(ClaimGraph g, string a, string b, int breadth, double reciprocity,
        IReadOnlyList<Relation> coop, IReadOnlyList<ActedClaim> affirmedBetween, ActorFacts factsA, ActorFacts factsB)
    {
        var cooperative = Enum.GetValues<Sphere>().Count(AllianceProfiler.Cooperative);
        var names = SharedClients.Names(g, a, b, factsA.Clients, factsB.Clients, int.MaxValue);
        var shared = names.Count;
        // Only agreements between the two count: an arms order in phase "agreed" (a SIPRI row, a contract) is a
        // transaction, not an institution. A source that says the same thing again says it once.
        var agreements = OncePerSource(affirmedBetween.Where(x => x.Claim.Relation == RelationTypes.Agreement.Id));
        var joint = OncePerSource(affirmedBetween.Where(x => RelationTypes.InGroup(x.Claim.Relation, RelationGroups.Joint)));
        var declared = coop.Any(r => r.Type == RelationTypes.Alliance.Id);
        return
        [
            new("breadth", Math.Round((double)breadth / cooperative, 3), $"{breadth} of {cooperative} cooperative spheres"),
            new("reciprocity", reciprocity, "weaker direction's confidence-weighted cooperation over the stronger's"),
            Persistence(a, b, affirmedBetween, factsA.Pressures.Concat(factsB.Pressures)),
            new("shared-clients", Math.Min(1, shared / 3.0), $"{shared} actors backed by both: {string.Join(", ", names.Take(6))}"),
            new("institutionalization", Math.Min(1, agreements / 3.0), $"{agreements} agreements between them (once per source and year)"),
            new("joint-action", Math.Min(1, joint / 3.0), $"{joint} joint-operation or coordination claims (once per source and year)"),
            new("declared-alliance", declared ? 1 : 0, declared ? "an alliance relation is affirmed" : "no alliance relation"),
        ];
    }

    /// <summary>Claims counted once per source, relation and year (undated ones once per source and relation).</summary>
    private static int OncePerSource(IEnumerable<ActedClaim> claims) =>
        claims.Select(x => (x.Claim.SourceId, x.Claim.Relation, x.Claim.Time?.From.Year)).Distinct().Count();

    /// <summary>
    /// Of the years in which a third party pressed, sanctioned or interdicted either actor, the share in which
    /// their cooperation went on (a dated cooperative claim within that year or the two after). Null without pressure.
    /// </summary>
    private static Indicator Persistence(string a, string b, IReadOnlyList<ActedClaim> between, IEnumerable<Pressure> onEither)
    {
        var pressureYears = onEither
            .Where(p => !ClaimGraph.Same(p.By, a) && !ClaimGraph.Same(p.By, b))
            .SelectMany(p => Enumerable.Range(p.FromYear, Math.Min(AllianceProfiler.MaxYearsPerClaim, p.ToYear - p.FromYear + 1)))
            .ToHashSet();
        if (pressureYears.Count == 0) return new Indicator("persistence-under-pressure", null, "no dated third-party pressure on either");
        var coopSpans = between.Where(x => AllianceProfiler.IsCooperative(x.Claim) && x.Claim.Time is not null)
            .Select(x => (x.Claim.Time!.From.Year, x.Claim.Time.To.Year)).ToList();
        var held = pressureYears.Count(y => coopSpans.Any(s => s.Item1 <= y + PersistenceWindowYears && s.Item2 >= y));
        return new Indicator("persistence-under-pressure", Math.Round((double)held / pressureYears.Count, 3),
            $"cooperation went on in {held} of {pressureYears.Count} years of third-party pressure");
    }
}
