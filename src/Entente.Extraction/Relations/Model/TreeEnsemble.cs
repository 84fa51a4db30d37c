namespace Entente.Extraction.Relations.Model;

/// <summary>
/// One regression tree of a boosted ensemble, as LightGBM grows it: internal node k sends a feature vector left
/// when <c>features[Feature[k]] &lt;= Threshold[k]</c>; a child index below zero is leaf <c>~child</c>.
/// </summary>
public sealed record RegressionTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf)
{
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0) return Leaf[0];
        var node = 0;
        while (true)
        {
            var next = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            if (next < 0) return Leaf[~next];
            node = next;
        }
    }
}

/// <summary>A boosted tree ensemble for a binary decision: the margin is the sum of the trees' leaves.</summary>
public sealed class TreeEnsemble(IReadOnlyList<RegressionTree> trees, double bias, double sigmoid)
{
    public IReadOnlyList<RegressionTree> Trees { get; } = trees;
    public double Bias { get; } = bias;

    /// <summary>The slope LightGBM's binary objective was trained with: probability = 1 / (1 + e^(-sigmoid · margin)).</summary>
    public double Sigmoid { get; } = sigmoid;

    public double Margin(ReadOnlySpan<float> features)
    {
        var sum = Bias;
        foreach (var t in Trees) sum += t.Evaluate(features);
        return sum;
    }

    public double Probability(ReadOnlySpan<float> features) => 1.0 / (1.0 + Math.Exp(-Sigmoid * Margin(features)));
}
