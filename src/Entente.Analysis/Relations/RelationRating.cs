using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Relations;

/// <summary>
/// Rates a relation from its claims: the Admiralty code and a 0–100 confidence. Each independent group
/// of sources contributes p = STIX(certainty)/100 × weight(reliability) from its best claim; the groups
/// combine as independent witnesses, 1 − Π(1 − p); any denial multiplies the result by 0.8.
/// </summary>
public static class RelationRating
{
    public const double DenialFactor = 0.8;

    public static double ReliabilityWeight(Reliability r) => r switch
    {
        Reliability.A => 1.0,
        Reliability.B => 0.9,
        Reliability.C => 0.75,
        Reliability.D => 0.6,
        Reliability.E => 0.4,
        _ => 0.7, // F: cannot be judged, so neither trusted nor discounted much
    };

    public sealed record Rating(Reliability Reliability, int Credibility, int Confidence, int IndependentSources)
    {
        public string Admiralty => $"{Reliability}{Credibility}";
    }

    public static Rating Rate(IReadOnlyList<Claim> claims, ClaimGraph g)
    {
        var affirmative = claims.Where(c => AnalysisFilter.IsAffirmative(c.Certainty)).ToList();
        var denials = claims.Count - affirmative.Count;
        Reliability Rel(Claim c) => g.Source(c.SourceId)?.Reliability ?? Reliability.F;
        var rated = affirmative.Count > 0 ? affirmative : claims.ToList();
        var reliability = rated.Select(Rel).Min();
        if (affirmative.Count == 0)
            return new Rating(reliability, claims.Min(c => c.Certainty.AdmiraltyCredibility()), 0, 0);

        var groups = IndependentSources.Group(affirmative, g);
        var independent = groups.Values.Distinct().Count();
        var credibility = independent >= 2 ? 1 : affirmative.Min(c => c.Certainty.AdmiraltyCredibility());
        var miss = 1.0;
        foreach (var group in affirmative.GroupBy(c => groups[c.SourceId]))
            miss *= 1 - group.Max(c => c.Certainty.StixConfidence() / 100.0 * ReliabilityWeight(Rel(c)));
        var confidence = (1 - miss) * (denials > 0 ? DenialFactor : 1);
        return new Rating(reliability, credibility, (int)Math.Round(confidence * 100, MidpointRounding.AwayFromZero), independent);
    }
}
