using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>
/// Counts per relation type, in the ontology's order (relations outside it after, by name): hits and misses
/// under the gold triple's relation, false positives under the predicted one. The rows add up to the totals.
/// </summary>
public static class RelationTable
{
    public static IReadOnlyList<RelationScore> Of(IEnumerable<Hit> hits, IEnumerable<Miss> misses, IEnumerable<FalsePositive> falsePositives) =>
        Sum(hits.Select(h => new RelationScore(h.Triple.Relation, 1, 0, 0))
            .Concat(misses.Select(m => new RelationScore(m.Triple.Relation, 0, 0, 1)))
            .Concat(falsePositives.Select(f => new RelationScore(f.Triple.Relation, 0, 1, 0))));

    /// <summary>Adds up rows of the same relation (over documents, for a set's table).</summary>
    public static IReadOnlyList<RelationScore> Sum(IEnumerable<RelationScore> rows) =>
        rows.GroupBy(r => r.Relation, StringComparer.Ordinal)
            .Select(g => g.Aggregate((a, b) => a + b))
            .OrderBy(r => Order(r.Relation))
            .ThenBy(r => r.Relation, StringComparer.Ordinal)
            .ToList();

    private static int Order(string relation)
    {
        for (var i = 0; i < RelationTypes.All.Count; i++)
            if (RelationTypes.All[i].Id == relation) return i;
        return int.MaxValue;
    }
}
