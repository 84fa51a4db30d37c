using System.Runtime.CompilerServices;
using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Analysis.Profile;

/// <summary>Builds the alliance profile of a pair from the claims between them (formulas in docs/analysis.md).</summary>
public static class AllianceProfiler
{
    public const int MaxYearsPerClaim = 30;
    public const int EvidencePerSphere = 8;

    /// <summary>
    /// Fewer affirmed claims between a pair than this, and the profile says so instead of calling the pair
    /// transactional: two or fewer statements are no basis for judging a relationship.
    /// </summary>
    public const int MinimumClaims = 3;

    // Relations and claims of one profile are distinct objects per key and id: comparing references gives the
    // same sets as comparing values, without hashing every field of a record for every claim.
    private static readonly IEqualityComparer<Relation> SameRelation = EqualityComparer<Relation>.Create(ReferenceEquals, RuntimeHelpers.GetHashCode);
    private static readonly IEqualityComparer<Claim> SameClaim = EqualityComparer<Claim>.Create(ReferenceEquals, RuntimeHelpers.GetHashCode);

    public static bool Cooperative(Sphere s) => s.IsCooperative();

    /// <summary>The profile of a and b; <paramref name="facts"/> keeps actor facts between queries on one snapshot.</summary>
    public static AllianceProfile Build(ClaimGraph g, string a, string b, AnalysisFilter filter, ActorFactsCache? facts = null)
    {
        var (ca, cb) = (g.Counted(a, filter.Rollup), g.Counted(b, filter.Rollup));
        facts ??= new ActorFactsCache(g);
        // Each actor's facts read every claim touching it (hundreds of thousands for a hub): gather them on another
        // core while this one rates the claims between the pair. The snapshot and the cache are safe to share.
        var pending = Task.Run(() => (facts.For(ca, filter), facts.For(cb, filter)));
        var between = g.Between(ca, cb, filter).ToList();
        var relations = RelationBuilder.Build(between, g);
        var relationOf = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var r in relations)
            foreach (var id in r.ClaimIds) relationOf[id] = r;
        var affirmed = between.Where(x => AnalysisFilter.IsAffirmative(x.Claim.Certainty)).ToList();
        var coop = relations.Where(r => r.Affirmed && Cooperative(r.Sphere)).ToList();

        var matrix = Matrix(affirmed, relationOf);
        var spheres = affirmed.GroupBy(x => x.Claim.Type.Sphere).OrderBy(s => s.Key)
            .Select(s => new SphereSummary(s.Key, s.Count(), s.Select(x => relationOf[x.Claim.Id].Key).Distinct().Count(),
                Math.Round(s.Select(x => relationOf[x.Claim.Id]).Distinct(SameRelation).Sum(r => r.Confidence / 100.0), 2), TopEvidence(s.ToList(), g, relationOf)))
            .ToList();
        var years = affirmed.Where(x => Cooperative(x.Claim.Type.Sphere) && x.Claim.Time is not null)
            .SelectMany(x => new[] { x.Claim.Time!.From.Year, x.Claim.Time.To.Year }).ToList();
        var wAb = coop.Where(r => !r.Symmetric && ClaimGraph.Same(r.Subject.Id, ca)).Sum(r => r.Confidence);
        var wBa = coop.Where(r => !r.Symmetric && ClaimGraph.Same(r.Subject.Id, cb)).Sum(r => r.Confidence);
        var reciprocity = Math.Max(wAb, wBa) == 0 ? 0 : Math.Round((double)Math.Min(wAb, wBa) / Math.Max(wAb, wBa), 3);
        var breadth = coop.Select(r => r.Sphere).Distinct().Count();

        var (fa, fb) = pending.GetAwaiter().GetResult();
        var theaters = fa.Theaters.Where(fb.Theaters.Contains).Select(g.Entities.Ref).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var indicators = AllianceIndicators.Compute(g, ca, cb, breadth, reciprocity, coop, affirmed, fa, fb);
        var valued = indicators.Where(i => i.Value is not null).ToList();
        var score = valued.Count == 0 ? 0 : Math.Round(valued.Average(i => i.Value!.Value), 3);
        return new AllianceProfile
        {
            A = g.Entities.Ref(ca),
            B = g.Entities.Ref(cb),
            ChainA = filter.Rollup ? g.Rollup.Chain(a) : null,
            ChainB = filter.Rollup ? g.Rollup.Chain(b) : null,
            Claims = between.Count,
            Relations = relations,
            Matrix = matrix,
            Spheres = spheres,
            Breadth = breadth,
            Depth = coop.Select(r => r.Type).Distinct().Count(),
            Reciprocity = reciprocity,
            FirstYear = years.Count > 0 ? years.Min() : null,
            LastYear = years.Count > 0 ? years.Max() : null,
            DurationYears = years.Count > 0 ? years.Max() - years.Min() + 1 : 0,
            SharedTheaters = theaters,
            Indicators = indicators,
            StrategicScore = score,
            Assessment = affirmed.Count < MinimumClaims ? "insufficient-evidence" : score >= 0.6 ? "strategic-alliance" : score <= 0.35 ? "transactional" : "mixed",
        };
    }

    /// <summary>A dated claim counts in every year its interval touches (at most 30); an undated one in the null column.</summary>
    private static List<ProfileCell> Matrix(List<ActedClaim> affirmed, Dictionary<string, Relation> relationOf)
    {
        var cells = new Dictionary<(Sphere, int?), (int Claims, HashSet<Relation> Relations)>();
        foreach (var x in affirmed)
        {
            var t = x.Claim.Time;
            IEnumerable<int?> yrs = t is null ? [null] : Enumerable.Range(t.From.Year, Math.Min(MaxYearsPerClaim, t.To.Year - t.From.Year + 1)).Select(y => (int?)y);
            foreach (var y in yrs)
            {
                var key = (x.Claim.Type.Sphere, y);
                if (!cells.TryGetValue(key, out var cell)) cell = (0, new HashSet<Relation>(SameRelation));
                cell.Relations.Add(relationOf[x.Claim.Id]);
                cells[key] = (cell.Claims + 1, cell.Relations);
            }
        }
        return cells.OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2 is null).ThenBy(c => c.Key.Item2)
            .Select(c => new ProfileCell(c.Key.Item1, c.Key.Item2, c.Value.Claims, c.Value.Relations.Count,
                Math.Round(c.Value.Relations.Sum(r => r.Confidence / 100.0), 2)))
            .ToList();
    }

    /// <summary>The strongest claims of a sphere, first one per distinct (relation, materiel), then the rest.</summary>
    private static List<Evidence> TopEvidence(List<ActedClaim> claims, ClaimGraph g, Dictionary<string, Relation> relationOf)
    {
        var ranked = claims.Select(x => x.Claim)
            .OrderBy(c => c.Certainty).ThenByDescending(c => c.Materiel.Count > 0)
            .ThenBy(c => g.Source(c.SourceId)?.Reliability ?? Core.Sources.Reliability.F).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = ranked.Where(c => seen.Add(relationOf[c.Id].Key + "|" + string.Join(",", c.Materiel.Select(m => m.Id)))).ToList();
        return first.Concat(ranked.Except(first, SameClaim)).DistinctBy(c => c.Evidence.Text).Take(EvidencePerSphere).Select(c => Evidence.Of(c, g)).ToList();
    }

    internal static bool IsCooperative(Claim c) => Cooperative(c.Type.Sphere);
}
