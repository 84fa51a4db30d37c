using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Core.Hypotheses;

namespace Entente.Analysis.Hypotheses;

/// <summary>
/// Heuer's analysis of competing hypotheses on a pair's profile: every evidence row judged against every hypothesis
/// by the hypotheses' patterns (or an analyst's override), a weighted inconsistency score per hypothesis, the
/// diagnosticity of each row and the rows the ranking turns on. Rules and formulas: docs/hypotheses.md.
/// </summary>
public static class AchAnalysis
{
    public static AchResult Run(AllianceProfile profile, IReadOnlyList<Hypothesis> hypotheses, IEnumerable<CellOverride> overrides)
    {
        var pair = CellOverride.PairKey(profile.A.Id, profile.B.Id);
        var latest = Latest(overrides.Where(o => o.Pair == pair));
        var rows = EvidenceRows.Of(profile)
            .Select(r => Judge(r, hypotheses, latest))
            .ToList();
        var ranking = Rank(hypotheses, rows, new HashSet<int>());
        return new AchResult(profile.A, profile.B, pair, ranking, rows, AchSensitivityFinder.Find(hypotheses, rows, ranking),
            rows.Sum(r => r.Cells.Count(c => c.Overridden)));
    }

    private static AchRow Judge(EvidenceRow row, IReadOnlyList<Hypothesis> hypotheses, Dictionary<(string, string), CellOverride> latest)
    {
        var traits = row.Traits.ToHashSet(StringComparer.Ordinal);
        var cells = hypotheses.Select(h => latest.TryGetValue((h.Id, row.Key), out var o)
            ? new AchCell(h.Id, o.Cell, $"set by {o.Analyst} on {o.At:yyyy-MM-dd}" + (string.IsNullOrWhiteSpace(o.Note) ? "" : ": " + o.Note), true)
            : ByPatterns(h, traits)).ToList();
        var pairs = 0;
        var differing = 0;
        for (var i = 0; i < cells.Count; i++)
            for (var j = i + 1; j < cells.Count; j++)
            {
                pairs++;
                if (cells[i].Value != cells[j].Value) differing++;
            }
        return new AchRow(row, cells, pairs == 0 ? 0 : Math.Round((double)differing / pairs, 3));
    }

    /// <summary>The most specific matching pattern decides; a tie between the lists is inconsistent; no match is neutral.</summary>
    private static AchCell ByPatterns(Hypothesis h, HashSet<string> traits)
    {
        var denied = traits.Contains(EvidenceTraits.Denied);
        bool Applies(TraitPattern p) => p.Matches(traits) && (!denied || p.Traits.Contains(EvidenceTraits.Denied));
        var inconsistent = h.Inconsistent.Where(Applies).MaxBy(p => p.Traits.Count);
        var consistent = h.Consistent.Where(Applies).MaxBy(p => p.Traits.Count);
        if (inconsistent is not null && (consistent is null || inconsistent.Traits.Count >= consistent.Traits.Count))
            return new AchCell(h.Id, Consistency.Inconsistent, "inconsistent: " + inconsistent, false);
        if (consistent is not null) return new AchCell(h.Id, Consistency.Consistent, "consistent: " + consistent, false);
        return new AchCell(h.Id, Consistency.Neutral, "no pattern of this hypothesis matches", false);
    }

    /// <summary>
    /// Hypotheses by weighted inconsistency (least first), then weighted consistency (most first), then file order,
    /// leaving out the rows in <paramref name="without"/> (the sensitivity test asks "what if these were wrong").
    /// </summary>
    internal static IReadOnlyList<HypothesisScore> Rank(IReadOnlyList<Hypothesis> hypotheses, IReadOnlyList<AchRow> rows, IReadOnlySet<int> without)
    {
        var scored = hypotheses.Select((h, i) =>
        {
            double inconsistent = 0, consistent = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                if (without.Contains(r)) continue;
                var cell = rows[r].Cells[i].Value;
                if (cell == Consistency.Inconsistent) inconsistent += rows[r].Evidence.Weight;
                else if (cell == Consistency.Consistent) consistent += rows[r].Evidence.Weight;
            }
            return (h, Order: i, I: Math.Round(inconsistent, 3), C: Math.Round(consistent, 3));
        }).OrderBy(x => x.I).ThenByDescending(x => x.C).ThenBy(x => x.Order).ToList();
        var total = scored.Sum(x => Math.Exp(-x.I));
        return scored.Select((x, rank) => new HypothesisScore(x.h.Id, x.h.Title, x.h.Summary, rank + 1, x.I, x.C, Math.Round(Math.Exp(-x.I) / total, 3))).ToList();
    }

    /// <summary>The latest override on each (hypothesis, row), in the order overrides were given (time, then id).</summary>
    private static Dictionary<(string, string), CellOverride> Latest(IEnumerable<CellOverride> overrides)
    {
        var latest = new Dictionary<(string, string), CellOverride>();
        foreach (var o in overrides.OrderBy(o => o.At).ThenBy(o => o.Id, StringComparer.Ordinal)) latest[(o.Hypothesis, o.Row)] = o;
        return latest;
    }

    /// <summary>The matrix for a pair in a snapshot.</summary>
    public static AchResult Run(GraphSnapshot snapshot, string a, string b, IReadOnlyList<Hypothesis> hypotheses, IEnumerable<CellOverride> overrides) =>
        Run(snapshot.Profile(a, b), hypotheses, overrides);
}
