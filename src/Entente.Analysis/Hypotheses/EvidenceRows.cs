using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Analysis.Relations;
using Entente.Core.Ontology;

namespace Entente.Analysis.Hypotheses;

/// <summary>
/// Turns a pair's profile into matrix rows: one per relation between them and one per indicator that has a value.
/// The rules are in docs/hypotheses.md.
/// </summary>
public static class EvidenceRows
{
    /// <summary>
    /// A relation only denied weighs this share of its best source's reliability weight: a denial is usually a party
    /// speaking about itself, evidence of what it wants said more than of what happened.
    /// </summary>
    public const double DenialWeight = 0.5;

    public static IReadOnlyList<EvidenceRow> Of(AllianceProfile p)
    {
        var directed = p.Relations.Where(r => r.Affirmed).Select(r => (r.Subject.Id, r.Type)).ToHashSet();
        var rows = p.Relations
            .OrderBy(r => r.Sphere).ThenByDescending(r => r.Confidence).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => RelationRow(r, directed)).ToList();
        var cooperative = rows.Where(r => r.Traits.Contains(EvidenceTraits.Affirmed) && !r.Traits.Contains(EvidenceTraits.Sphere(Sphere.Hostile))).ToList();
        var basis = cooperative.Count == 0 ? 0 : Math.Round(cooperative.Average(r => r.Weight), 3);
        foreach (var i in p.Indicators)
        {
            if (i.Value is not { } v || (v > EvidenceTraits.IndicatorLow && v < EvidenceTraits.IndicatorHigh)) continue;
            var feeding = FeedingRelations(i.Id, p.Relations).ToList();
            rows.Add(new EvidenceRow("indicator:" + i.Id, RowKind.Indicator, $"{i.Id} {v:0.##}: {i.Basis}",
                [EvidenceTraits.Indicator(i.Id, v >= EvidenceTraits.IndicatorHigh)], basis,
                feeding.SelectMany(r => r.ClaimIds).ToList(), feeding.FirstOrDefault()?.TopEvidence));
        }
        return rows;
    }

    private static EvidenceRow RelationRow(Relation r, HashSet<(string, string)> directed)
    {
        var traits = new List<string> { EvidenceTraits.Relation(r.Type), EvidenceTraits.Sphere(r.Sphere) };
        traits.Add(r.Affirmed ? EvidenceTraits.Affirmed : EvidenceTraits.Denied);
        var undirected = RelationTypes.Get(r.Type).Undirected;
        traits.Add(undirected || directed.Contains((r.Object.Id, r.Type)) ? EvidenceTraits.Reciprocal : EvidenceTraits.OneWay);
        if (r.First is { } first && r.Last is { } last)
        {
            var years = last.Year - first.Year + 1;
            if (years >= EvidenceTraits.PersistentYears) traits.Add(EvidenceTraits.Persistent);
            else if (years == 1) traits.Add(EvidenceTraits.OneOff);
        }
        var weight = r.Affirmed ? r.Confidence / 100.0 : RelationRating.ReliabilityWeight(r.Reliability) * DenialWeight;
        var label = $"{r.Subject.Name} {r.Type} {r.Object.Name}" + (r.Affirmed ? "" : " (denied)")
            + (r.First is null ? "" : r.First.Value.Year == r.Last!.Value.Year ? $", {r.First.Value.Year}" : $", {r.First.Value.Year}–{r.Last.Value.Year}");
        return new EvidenceRow(r.Key, RowKind.Relation, label, traits, Math.Round(weight, 3), r.ClaimIds, r.TopEvidence);
    }

    /// <summary>The relations an indicator is computed from, for its citations: the types it counts, or every cooperative one.</summary>
    private static IEnumerable<Relation> FeedingRelations(string indicator, IReadOnlyList<Relation> relations)
    {
        var affirmed = relations.Where(r => r.Affirmed && AllianceProfiler.Cooperative(r.Sphere));
        return indicator switch
        {
            "institutionalization" => affirmed.Where(r => r.Type == RelationTypes.Agreement.Id),
            "joint-action" => affirmed.Where(r => RelationTypes.InGroup(r.Type, RelationGroups.Joint)),
            "declared-alliance" => affirmed.Where(r => r.Type == RelationTypes.Alliance.Id),
            // Shared clients are backed in claims beyond the pair: none of the pair's relations is their evidence.
            "shared-clients" => [],
            _ => affirmed,
        };
    }
}
