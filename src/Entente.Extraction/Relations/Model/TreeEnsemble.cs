using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

/// <summary>
/// A boosted tree ensemble for a binary decision: the margin is the sum of the trees' leaves. The trees are kept
/// as they were trained (<see cref="Trees"/>, what the model file holds) and, for scoring, flattened into one array
/// of nodes, so that walking them touches contiguous memory instead of five arrays per tree.
/// </summary>
public sealed class TreeEnsemble
{
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    private readonly Node[] _nodes;
    private readonly float[] _leaves;
    private readonly int[] _roots;

    public TreeEnsemble(IReadOnlyList<RegressionTree> trees, double bias, double sigmoid)
    {
        Trees = trees;
        Bias = bias;
        Sigmoid = sigmoid;
        var nodes = new List<Node>();
        var leaves = new List<float>();
        _roots = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var (nodeBase, leafBase) = (nodes.Count, leaves.Count);
            foreach (var l in tree.Leaf) leaves.Add((float)l);
            // A root that is a leaf (a tree of one leaf) is written as a child index, like any other leaf.
            _roots[t] = tree.Feature.Length == 0 ? ~leafBase : nodeBase;
            for (var k = 0; k < tree.Feature.Length; k++)
                nodes.Add(new Node(tree.Feature[k], tree.Threshold[k], Child(tree.Left[k], nodeBase, leafBase), Child(tree.Right[k], nodeBase, leafBase)));
        }
        _nodes = [.. nodes];
        _leaves = [.. leaves];
    }

    private static int Child(int child, int nodeBase, int leafBase) => child < 0 ? ~(~child + leafBase) : child + nodeBase;

    public IReadOnlyList<RegressionTree> Trees { get; }
    public double Bias { get; }

    /// <summary>The slope LightGBM's binary objective was trained with: probability = 1 / (1 + e^(-sigmoid · margin)).</summary>
    public double Sigmoid { get; }

    public double Margin(ReadOnlySpan<float> features) => Bias + Sum(features, 0, _roots.Length);

    public double Probability(ReadOnlySpan<float> features) => ToProbability(Margin(features));

    public double ToProbability(double margin) => 1.0 / (1.0 + Math.Exp(-Sigmoid * margin));

    /// <summary>
    /// The margin, or null as soon as the first <paramref name="checkpoint"/> trees leave it below
    /// <paramref name="exitBelow"/>: most candidates are plainly no claim, and the few first trees tell.
    /// </summary>
    public double? MarginUnlessBelow(ReadOnlySpan<float> features, int checkpoint, double exitBelow)
    {
        var head = Bias + Sum(features, 0, Math.Min(checkpoint, _roots.Length));
        if (head < exitBelow) return null;
        return head + Sum(features, Math.Min(checkpoint, _roots.Length), _roots.Length);
    }

    /// <summary>The leaves of trees [from, to) reached by the features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Sum(ReadOnlySpan<float> features, int from, int to)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var f = ref MemoryMarshal.GetReference(features);
        var sum = 0.0;
        for (var t = from; t < to; t++)
        {
            var i = _roots[t];
            while (i >= 0)
            {
                ref var n = ref Unsafe.Add(ref nodes, i);
                i = Unsafe.Add(ref f, n.Feature) <= n.Threshold ? n.Left : n.Right;
            }
            sum += _leaves[~i];
        }
        return sum;
    }
}
