namespace Entente.Evaluation;

/// <summary>
/// What a scoring counted, for a document or summed over a set (micro totals, as score_set.py sums them):
/// true and false positives and misses over unique triples, and how many matched gold claims had the right
/// certainty and time.
/// </summary>
public sealed record ScoreCounts(
    int Tp,
    int Fp,
    int Fn,
    int PredictedTriples,
    int CertaintyScored,
    int CertaintyCorrect,
    int TimeScored,
    int TimeCorrect)
{
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Required gold triples: found or missed.</summary>
    public int Gold => Tp + Fn;

    public double Precision => Ratios.Precision(Tp, Fp);
    public double Recall => Ratios.Recall(Tp, Fn);
    public double F1 => Ratios.F1(Tp, Fp, Fn);
    public double? CertaintyAccuracy => Ratios.Accuracy(CertaintyCorrect, CertaintyScored);
    public double? TimeAccuracy => Ratios.Accuracy(TimeCorrect, TimeScored);

    public static ScoreCounts operator +(ScoreCounts a, ScoreCounts b) => new(
        a.Tp + b.Tp,
        a.Fp + b.Fp,
        a.Fn + b.Fn,
        a.PredictedTriples + b.PredictedTriples,
        a.CertaintyScored + b.CertaintyScored,
        a.CertaintyCorrect + b.CertaintyCorrect,
        a.TimeScored + b.TimeScored,
        a.TimeCorrect + b.TimeCorrect);
}

/// <summary>The counts of one relation type: misses and hits under the gold relation, false positives under the predicted one.</summary>
public sealed record RelationScore(string Relation, int Tp, int Fp, int Fn)
{
    public int Gold => Tp + Fn;
    public double Precision => Ratios.Precision(Tp, Fp);
    public double Recall => Ratios.Recall(Tp, Fn);
    public double F1 => Ratios.F1(Tp, Fp, Fn);

    public static RelationScore operator +(RelationScore a, RelationScore b) => new(a.Relation, a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>Precision, recall and F1 as the Python scorer computes them: 0 where nothing was counted.</summary>
internal static class Ratios
{
    public static double Precision(int tp, int fp) => tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;

    public static double Recall(int tp, int fn) => tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;

    public static double F1(int tp, int fp, int fn)
    {
        double p = Precision(tp, fp), r = Recall(tp, fn);
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    public static double? Accuracy(int correct, int scored) => scored > 0 ? (double)correct / scored : null;
}
