using Entente.Evaluation;

namespace Entente.Training.Model;

/// <summary>Precision, recall and F1 of a set of decided triples against the documents' gold, counted as score.py counts them.</summary>
public sealed record TripleMetrics(double Threshold, int TruePositives, int FalsePositives, int Required)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => Required == 0 ? 0 : TruePositives / (double)Required;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>F-beta with beta 0.5: precision weighs twice as much as recall.</summary>
    public double F05 => Precision + Recall == 0 ? 0 : 1.25 * Precision * Recall / (0.25 * Precision + Recall);

    /// <summary>Scores the triples each document emits (by gold key) at one threshold.</summary>
    public static TripleMetrics At(double threshold, IReadOnlyList<TrainingDocument> documents, IEnumerable<(int Document, GoldTriple Key, double Score)> scored)
    {
        var emitted = Emitted(threshold, documents, scored);
        int tp = 0, fp = 0, required = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            required += doc.Required.Count;
            foreach (var matches in doc.Required.Values)
                if (matches.Overlaps(emitted[d])) tp++;
            foreach (var key in emitted[d])
                if (!doc.Names(key)) fp++;
        }
        return new TripleMetrics(threshold, tp, fp, required);
    }

    /// <summary>The keys each document emits at a threshold.</summary>
    public static HashSet<GoldTriple>[] Emitted(double threshold, IReadOnlyList<TrainingDocument> documents, IEnumerable<(int Document, GoldTriple Key, double Score)> scored)
    {
        var emitted = documents.Select(_ => new HashSet<GoldTriple>()).ToArray();
        foreach (var (d, key, score) in scored)
            if (score >= threshold) emitted[d].Add(key);
        return emitted;
    }

    /// <summary>Every threshold from 0.05 to 0.95 in steps of 0.01, and the one with the best F1.</summary>
    public static (TripleMetrics Best, IReadOnlyList<TripleMetrics> All) Sweep(IReadOnlyList<TrainingDocument> documents, IReadOnlyList<(int Document, GoldTriple Key, double Score)> scored)
    {
        var all = Enumerable.Range(5, 91).Select(i => At(i / 100.0, documents, scored)).ToList();
        return (all.MaxBy(m => m.F1)!, all);
    }
}
