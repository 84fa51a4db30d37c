using System.Numerics;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// A <see cref="TreeEnsemble"/> scored feature by feature instead of tree by tree (the QuickScorer method of Lucchese
/// et al., 2015), so that the features a sentence or a pair shares among its candidates are read once for all of them.
/// Each tree keeps a bit per leaf, in left-to-right order: a node whose test fails (the feature is above its threshold)
/// rules out the leaves of its left subtree, and the leaf a walk of the tree would reach is the leftmost one left.
/// Every node of a feature is stored by threshold, so one value rules out its nodes in one forward scan. Built at load
/// time from the trees as trained: the model file is untouched, and the margins are the tree walk's to the last bit.
/// </summary>
public sealed class LayeredEnsemble
{
    /// <summary>A node as one feature value sees it: the tree it is in and the leaves its failed test rules out.</summary>
    private readonly record struct Test(float Threshold, int Tree, ulong Keep);

    /// <summary>A tree's leaves fit the bits of one word: LightGBM's default of 31 leaves, with room to spare.</summary>
    public const int MaxLeaves = 64;

    private readonly TreeEnsemble _ensemble;
    private readonly float[] _leaves;
    private readonly int[] _leafBase;
    private readonly ulong[] _allLeaves;
    private readonly Test[] _tests;

    /// <summary>For each feature, its tests in <see cref="_tests"/>: [_testStart[f], _testStart[f + 1]).</summary>
    private readonly int[] _testStart;

    /// <summary>For each layer, the features of that layer some tree tests.</summary>
    private readonly int[][] _featuresOf;

    private LayeredEnsemble(TreeEnsemble ensemble, IReadOnlyList<FeatureLayer> layers)
    {
        _ensemble = ensemble;
        var trees = ensemble.Trees;
        _leafBase = new int[trees.Count];
        _allLeaves = new ulong[trees.Count];
        var leaves = new List<float>();
        var tests = new List<(int Feature, Test Test)>();
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            _leafBase[t] = leaves.Count;
            _allLeaves[t] = tree.Leaf.Length == MaxLeaves ? ulong.MaxValue : (1UL << tree.Leaf.Length) - 1;
            // Leaves in left-to-right order, as the tree walk's float values (TreeEnsemble keeps them as floats too).
            var order = new List<int>();
            InOrder(tree, 0, order, tests, t);
            foreach (var leaf in order) leaves.Add((float)tree.Leaf[leaf]);
        }
        _leaves = [.. leaves];
        var byFeature = tests.OrderBy(x => x.Feature).ThenBy(x => x.Test.Threshold).ToList();
        _tests = [.. byFeature.Select(x => x.Test)];
        _testStart = new int[layers.Count + 1];
        foreach (var (feature, _) in byFeature) _testStart[feature + 1]++;
        for (var f = 0; f < layers.Count; f++) _testStart[f + 1] += _testStart[f];
        var layerCount = Enum.GetValues<FeatureLayer>().Length;
        _featuresOf = new int[layerCount][];
        for (var layer = 0; layer < layerCount; layer++)
            _featuresOf[layer] = [.. Enumerable.Range(0, layers.Count).Where(f => _testStart[f + 1] > _testStart[f] && ReadWith(layers[f]) == (FeatureLayer)layer)];
    }

    /// <summary>A feature of no layer in particular is filled with the whole vector, so it is read with the last layer.</summary>
    private static FeatureLayer ReadWith(FeatureLayer layer) => layer == FeatureLayer.Candidate ? FeatureLayer.Relation : layer;

    /// <summary>
    /// The ensemble scored layer by layer, or null when a tree has more leaves than a word has bits, or a threshold that
    /// is not a number (no value is at or below it, so it would not sort among the others).
    /// </summary>
    public static LayeredEnsemble? TryCreate(TreeEnsemble ensemble, IReadOnlyList<FeatureLayer> layers)
    {
        foreach (var tree in ensemble.Trees)
        {
            if (tree.Leaf.Length > MaxLeaves || tree.Threshold.Any(float.IsNaN)) return null;
            foreach (var f in tree.Feature)
                if (f >= layers.Count) throw new ArgumentException($"a tree tests feature {f}, the layout has {layers.Count}", nameof(layers));
        }
        return new LayeredEnsemble(ensemble, layers);
    }

    /// <summary>How many trees, and so how many words the leaf sets take.</summary>
    public int Trees => _leafBase.Length;

    /// <summary>Numbers the leaves under <paramref name="node"/> left to right; returns the bits they take.</summary>
    private static ulong InOrder(RegressionTree tree, int node, List<int> order, List<(int, Test)> tests, int t)
    {
        if (tree.Feature.Length == 0 || node < 0)
        {
            order.Add(node < 0 ? ~node : 0);
            return 1UL << (order.Count - 1);
        }
        var left = InOrder(tree, tree.Left[node], order, tests, t);
        var right = InOrder(tree, tree.Right[node], order, tests, t);
        tests.Add((tree.Feature[node], new Test(tree.Threshold[node], t, ~left)));
        return left | right;
    }

    /// <summary>Every leaf of every tree still possible: where a vector's reading starts.</summary>
    public void Reset(Span<ulong> leafSets) => _allLeaves.CopyTo(leafSets);

    /// <summary>Rules out the leaves the features of one layer exclude (its features must be filled).</summary>
    public void Read(FeatureLayer layer, ReadOnlySpan<float> features, Span<ulong> leafSets)
    {
        foreach (var f in _featuresOf[(int)layer])
        {
            var x = features[f];
            var (k, end) = (_testStart[f], _testStart[f + 1]);
            // A tree walk sends a NaN right at every node (NaN <= t is false): every test of the feature fails.
            if (float.IsNaN(x))
                for (; k < end; k++) leafSets[_tests[k].Tree] &= _tests[k].Keep;
            else
                for (; k < end && _tests[k].Threshold < x; k++) leafSets[_tests[k].Tree] &= _tests[k].Keep;
        }
    }

    /// <summary>The leaves of trees [from, to) that the leaf sets leave, added in the tree walk's order.</summary>
    public double Sum(ReadOnlySpan<ulong> leafSets, int from, int to)
    {
        var sum = 0.0;
        for (var t = from; t < to; t++) sum += _leaves[_leafBase[t] + BitOperations.TrailingZeroCount(leafSets[t])];
        return sum;
    }

    /// <summary><see cref="TreeEnsemble.Margin"/> of a vector read whole into <paramref name="leafSets"/>.</summary>
    public double Margin(ReadOnlySpan<ulong> leafSets) => _ensemble.Bias + Sum(leafSets, 0, Trees);

    /// <summary><see cref="TreeEnsemble.MarginUnlessBelow"/> of a vector read whole into <paramref name="leafSets"/>, added up the same way.</summary>
    public double? MarginUnlessBelow(ReadOnlySpan<ulong> leafSets, int checkpoint, double exitBelow)
    {
        var head = _ensemble.Bias + Sum(leafSets, 0, Math.Min(checkpoint, Trees));
        if (head < exitBelow) return null;
        return head + Sum(leafSets, Math.Min(checkpoint, Trees), Trees);
    }
}
