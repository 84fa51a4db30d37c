using Entente.Evaluation;

namespace Entente.Training.Model;

/// <summary>
/// One relation type's out-of-fold score at the model's threshold: how many required triples the gold has, how many
/// of them any candidate could reach (a positive candidate exists), and what the model kept.
/// </summary>
public sealed record RelationMetrics(string Relation, int Required, int Reachable, int TruePositives, int FalsePositives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => Required == 0 ? 0 : TruePositives / (double)Required;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Counts per relation as <see cref="TripleMetrics.At"/> counts in total: a required triple is found when one of
    /// its keys is emitted; an emitted key the gold never names is a false positive of the emitted relation.
    /// </summary>
    public static IReadOnlyList<RelationMetrics> Of(double threshold, IReadOnlyList<TrainingDocument> documents,
        IEnumerable<(int Document, GoldTriple Key, double Score)> scored, IReadOnlySet<(int Document, GoldTriple Key)> reachable)
    {
        var emitted = documents.Select(_ => new HashSet<GoldTriple>()).ToArray();
        foreach (var (d, key, score) in scored)
            if (score >= threshold) emitted[d].Add(key);
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
        return [.. counts.Select(c => new RelationMetrics(c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3]))];
    }
}
