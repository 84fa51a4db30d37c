using Entente.Core.Hypotheses;

namespace Entente.Analysis.Hypotheses;

/// <summary>
/// Which few rows the ranking turns on. For each challenger, the rows that count against it but not against the
/// leader are set aside, heaviest first, until it would lead; the challenger that needs the fewest rows is named.
/// Setting a row aside is asking "what if this evidence is wrong or planted?", Heuer's sensitivity question.
/// </summary>
public static class AchSensitivityFinder
{
    /// <summary>More rows than this, and the leader is called robust rather than listing them.</summary>
    public const int FewRows = 3;

    public static AchSensitivity Find(IReadOnlyList<Hypothesis> hypotheses, IReadOnlyList<AchRow> rows, IReadOnlyList<HypothesisScore> ranking)
    {
        var leader = ranking[0];
        var li = IndexOf(hypotheses, leader.Id);
        (HypothesisScore Challenger, List<int> Rows)? best = null;
        foreach (var challenger in ranking.Skip(1))
        {
            var ci = IndexOf(hypotheses, challenger.Id);
            var candidates = Enumerable.Range(0, rows.Count)
                .Where(r => rows[r].Cells[ci].Value == Consistency.Inconsistent && rows[r].Cells[li].Value != Consistency.Inconsistent)
                .OrderByDescending(r => rows[r].Evidence.Weight).ThenBy(r => r).ToList();
            var removed = new HashSet<int>();
            foreach (var r in candidates)
            {
                removed.Add(r);
                if (AchAnalysis.Rank(hypotheses, rows, removed)[0].Id == challenger.Id)
                {
                    if (best is null || removed.Count < best.Value.Rows.Count) best = (challenger, removed.ToList());
                    break;
                }
            }
        }
        if (best is null)
            return new AchSensitivity(null, [], $"No evidence set aside puts another hypothesis ahead of \"{leader.Title}\": the others are held back by rows that count against the leader too, or by none at all.");
        var (who, keys) = (best.Value.Challenger, best.Value.Rows.Select(r => rows[r].Evidence.Key).ToList());
        var labels = string.Join("; ", best.Value.Rows.Select(r => rows[r].Evidence.Label));
        return keys.Count <= FewRows
            ? new AchSensitivity(who.Id, keys, $"If {(keys.Count == 1 ? "this row were" : $"these {keys.Count} rows were")} wrong, \"{who.Title}\" would lead instead of \"{leader.Title}\": {labels}.")
            : new AchSensitivity(who.Id, keys, $"Robust: no {FewRows} rows, if wrong, change the leader; \"{who.Title}\" would need {keys.Count} rows set aside: {labels}.");
    }

    private static int IndexOf(IReadOnlyList<Hypothesis> hypotheses, string id)
    {
        for (var i = 0; i < hypotheses.Count; i++)
            if (hypotheses[i].Id == id) return i;
        throw new ArgumentException($"no hypothesis '{id}'", nameof(id));
    }
}
