using Entente.Evaluation;

namespace Entente.Training.Model;

/// <summary>
/// One relation type's out-of-fold score at the model's threshold (<see cref="Scores"/>, counted as
/// <see cref="TripleMetrics"/> counts in total), and how many of its required triples any candidate could reach (a
/// positive candidate exists).
/// </summary>
public sealed record RelationMetrics(string Relation, int Reachable, TripleMetrics Scores)
{
    /// <summary>
    /// A required triple is found when one of its keys is emitted; an emitted key the gold never names is a false
    /// positive of the emitted relation.
    /// </summary>
    public static IReadOnlyList<RelationMetrics> Of(double threshold, IReadOnlyList<TrainingDocument> documents,
        IEnumerable<(int Document, GoldTriple Key, double Score)> scored, IReadOnlySet<(int Document, GoldTriple Key)> reachable)
    {
        var emitted = TripleMetrics.Emitted(threshold, documents, scored);
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Row(string relation) => counts.TryGetValue(relation, out var c) ? c : counts[relation] = new int[4];
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            foreach (var (main, matches) in doc.Required)
            {
                var row = Row(main.Relation);
                row[0]++;
                if (matches.Any(k => reachable.Contains((d, k)))) row[1]++;
                if (matches.Overlaps(emitted[d])) row[2]++;
            }
            foreach (var key in emitted[d])
                if (!doc.Names(key)) Row(key.Relation)[3]++;
        }
        return [.. counts.Select(c => new RelationMetrics(c.Key, c.Value[1], new TripleMetrics(threshold, c.Value[2], c.Value[3], c.Value[0])))];
    }
}
