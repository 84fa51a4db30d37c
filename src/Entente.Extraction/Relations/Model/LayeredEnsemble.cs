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

    /// <summary>
    /// For each feature, its tests in <see cref="_tests"/>, those of the head trees (before <see cref="HeadTrees"/>) and
    /// then those of the rest: the head's are [_testStart[2f], _testStart[2f + 1]), the tail's [_testStart[2f + 1], _testStart[2f + 2]).
    /// </summary>
    private readonly int[] _testStart;

    /// <summary>
    /// For each layer and part (head, tail), the features of that layer some tree of the part tests, each with where its
    /// tests are in <see cref="_tests"/> and the lowest of their thresholds.
    /// </summary>
    private readonly FeatureTests[][] _featuresOf;

    /// <summary>A feature's tests in one part, [Start, End) of <see cref="_tests"/>, sorted by threshold from <see cref="Lowest"/>.</summary>
    private readonly record struct FeatureTests(int Feature, int Start, int End, float Lowest);

    private LayeredEnsemble(TreeEnsemble ensemble, IReadOnlyList<FeatureLayer> layers, int headTrees)
    {
        HeadTrees = headTrees;
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
        // Runs of (feature, part): run 2f holds feature f's tests in the head trees, run 2f + 1 those in the others.
        int Run(int feature, Test test) => 2 * feature + (test.Tree < headTrees ? 0 : 1);
        var byRun = tests.OrderBy(x => Run(x.Feature, x.Test)).ThenBy(x => x.Test.Threshold).ToList();
        _tests = [.. byRun.Select(x => x.Test)];
        _testStart = new int[2 * layers.Count + 1];
        foreach (var (feature, test) in byRun) _testStart[Run(feature, test) + 1]++;
        for (var r = 0; r < 2 * layers.Count; r++) _testStart[r + 1] += _testStart[r];
        var layerCount = Enum.GetValues<FeatureLayer>().Length;
        _featuresOf = new FeatureTests[2 * layerCount][];
        for (var layer = 0; layer < layerCount; layer++)
            for (var part = 0; part < 2; part++)
                _featuresOf[2 * layer + part] = [.. Enumerable.Range(0, layers.Count)
                    .Where(f => _testStart[2 * f + part + 1] > _testStart[2 * f + part] && ReadWith(layers[f]) == (FeatureLayer)layer)
                    .Select(f => new FeatureTests(f, _testStart[2 * f + part], _testStart[2 * f + part + 1], _tests[_testStart[2 * f + part]].Threshold))];
    }

    /// <summary>A feature of no layer in particular is filled with the whole vector, so it is read with the last layer.</summary>
    private static FeatureLayer ReadWith(FeatureLayer layer) => layer == FeatureLayer.Candidate ? FeatureLayer.Relation : layer;

    /// <summary>
    /// The ensemble scored layer by layer, or null when a tree has more leaves than a word has bits, or a threshold that
    /// is not a number (no value is at or below it, so it would not sort among the others).
    /// </summary>
    /// <remarks>
    /// <paramref name="headTrees"/>: how many of the first trees can be read apart from the others
    /// (<see cref="ReadHead"/>, <see cref="ReadTail"/>), so that a candidate the early exit rules out is never read
    /// into the trees after it.
    /// </remarks>
    public static LayeredEnsemble? TryCreate(TreeEnsemble ensemble, IReadOnlyList<FeatureLayer> layers, int headTrees = 0)
    {
        foreach (var tree in ensemble.Trees)
        {
            if (tree.Leaf.Length > MaxLeaves || tree.Threshold.Any(float.IsNaN)) return null;
            foreach (var f in tree.Feature)
                if (f >= layers.Count) throw new ArgumentException($"a tree tests feature {f}, the layout has {layers.Count}", nameof(layers));
        }
        return new LayeredEnsemble(ensemble, layers, Math.Clamp(headTrees, 0, ensemble.Trees.Count));
    }

    /// <summary>How many trees, and so how many words the leaf sets take.</summary>
    public int Trees => _leafBase.Length;

    /// <summary>The trees [0, HeadTrees) that <see cref="ReadHead"/> reads; <see cref="ReadTail"/> reads the others.</summary>
    public int HeadTrees { get; }

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

    /// <summary>
    /// <paramref name="into"/>[t] = <paramref name="x"/>[t] &amp; <paramref name="y"/>[t] for t in [from, to): reading two
    /// sets of features one after the other leaves what reading each alone and intersecting leaves, as reading only clears bits.
    /// </summary>
    public static void Intersect(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> into, int from, int to)
    {
        var t = from;
        if (Vector.IsHardwareAccelerated)
            for (; t + Vector<ulong>.Count <= to; t += Vector<ulong>.Count)
                (new Vector<ulong>(x[t..]) & new Vector<ulong>(y[t..])).CopyTo(into[t..]);
        for (; t < to; t++) into[t] = x[t] & y[t];
    }

    /// <summary>Every leaf of every tree still possible: where a vector's reading starts.</summary>
    public void Reset(Span<ulong> leafSets) => _allLeaves.CopyTo(leafSets);

    /// <summary>Rules out the leaves the features of one layer exclude (its features must be filled).</summary>
    public void Read(FeatureLayer layer, ReadOnlySpan<float> features, Span<ulong> leafSets)
    {
        ReadHead(layer, features, leafSets);
        ReadTail(layer, features, leafSets);
    }

    /// <summary><see cref="Read"/> for the head trees only, [0, <see cref="HeadTrees"/>).</summary>
    public void ReadHead(FeatureLayer layer, ReadOnlySpan<float> features, Span<ulong> leafSets) => Read(2 * (int)layer, features, leafSets);

    /// <summary><see cref="Read"/> for the trees after the head, [<see cref="HeadTrees"/>, <see cref="Trees"/>).</summary>
    public void ReadTail(FeatureLayer layer, ReadOnlySpan<float> features, Span<ulong> leafSets) => Read(2 * (int)layer + 1, features, leafSets);

    private void Read(int layerPart, ReadOnlySpan<float> features, Span<ulong> leafSets)
    {
        var tests = _tests.AsSpan();
        foreach (var f in _featuresOf[layerPart])
        {
            var x = features[f.Feature];
            // At or below the lowest threshold no test fails: most of a candidate's features (zeros of one-hot groups,
            // counts of nothing) are there, and are passed over with one comparison. NaN compares false and goes on.
            if (x <= f.Lowest) continue;
            var (k, end) = (f.Start, f.End);
            // A tree walk sends a NaN right at every node (NaN <= t is false): every test of the feature fails.
            if (float.IsNaN(x))
                for (; k < end; k++) leafSets[tests[k].Tree] &= tests[k].Keep;
            else
                for (; k < end && tests[k].Threshold < x; k++) leafSets[tests[k].Tree] &= tests[k].Keep;
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

    /// <summary>
    /// The first part of <see cref="MarginUnlessBelow"/> with the checkpoint at <see cref="HeadTrees"/>: the bias and the
    /// head trees' leaves, which need only the head read (<see cref="ReadHead"/>).
    /// </summary>
    public double HeadMargin(ReadOnlySpan<ulong> leafSets) => _ensemble.Bias + Sum(leafSets, 0, HeadTrees);

    /// <summary>The rest of <see cref="MarginUnlessBelow"/>: the head's margin and the other trees' leaves, added the same way.</summary>
    public double WithTail(double headMargin, ReadOnlySpan<ulong> leafSets) => headMargin + Sum(leafSets, HeadTrees, Trees);

    /// <summary><see cref="TreeEnsemble.MarginUnlessBelow"/> of a vector read whole into <paramref name="leafSets"/>, added up the same way.</summary>
    public double? MarginUnlessBelow(ReadOnlySpan<ulong> leafSets, int checkpoint, double exitBelow)
    {
        var head = _ensemble.Bias + Sum(leafSets, 0, Math.Min(checkpoint, Trees));
        if (head < exitBelow) return null;
        return head + Sum(leafSets, Math.Min(checkpoint, Trees), Trees);
    }
}
