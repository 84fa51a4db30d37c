using Entente.Extraction.Relations.Model;

namespace Entente.Extraction.Tests.Model;

/// <summary>Scoring feature by feature, layer by layer, gives the tree walk's margins to the last bit.</summary>
public sealed class LayeredEnsembleTests
{
    private const int Features = 12;

    /// <summary>Values a test can meet: on a threshold, either side of it, signed zeros, infinities, NaN.</summary>
    private static readonly float[] Thresholds = [-2.5f, -1f, 0f, 1e-35f, 0.5f, 1f, 3f, 7.25f];

    [Fact]
    public void Random_trees_score_the_same_read_whole_or_by_layer()
    {
        var random = new Random(7);
        var trees = Enumerable.Range(0, 40).Select(t => RandomTree(random, maxDepth: t % 7)).ToList();
        var ensemble = new TreeEnsemble(trees, bias: 0.125, sigmoid: 1);
        var layers = Enumerable.Range(0, Features).Select(f => (FeatureLayer)(f % 5)).ToArray();
        var layered = LayeredEnsemble.TryCreate(ensemble, layers)!;
        var leafSets = new ulong[layered.Trees];
        for (var n = 0; n < 2000; n++)
        {
            var x = Enumerable.Range(0, Features).Select(_ => RandomValue(random)).ToArray();
            layered.Reset(leafSets);
            foreach (var layer in new[] { FeatureLayer.Sentence, FeatureLayer.Pair, FeatureLayer.Relation, FeatureLayer.Spot }) layered.Read(layer, x, leafSets);
            Assert.Equal(ensemble.Margin(x), layered.Margin(leafSets));
            foreach (var (checkpoint, exitBelow) in new[] { (5, -0.5), (40, 0.0), (0, double.NegativeInfinity), (12, 0.3) })
                Assert.Equal(ensemble.MarginUnlessBelow(x, checkpoint, exitBelow), layered.MarginUnlessBelow(leafSets, checkpoint, exitBelow));
        }
    }

    [Fact]
    public void Head_then_tail_scores_the_same_as_the_early_exit_of_the_tree_walk()
    {
        var random = new Random(11);
        var trees = Enumerable.Range(0, 30).Select(t => RandomTree(random, maxDepth: t % 7)).ToList();
        var ensemble = new TreeEnsemble(trees, bias: -0.25, sigmoid: 1);
        var layers = Enumerable.Range(0, Features).Select(f => (FeatureLayer)(f % 5)).ToArray();
        foreach (var (checkpoint, exitBelow) in new[] { (8, -0.5), (0, double.NegativeInfinity), (30, 0.0), (45, 0.2) })
        {
            var layered = LayeredEnsemble.TryCreate(ensemble, layers, checkpoint)!;
            Assert.Equal(Math.Min(checkpoint, trees.Count), layered.HeadTrees);
            var leafSets = new ulong[layered.Trees];
            for (var n = 0; n < 500; n++)
            {
                var x = Enumerable.Range(0, Features).Select(_ => RandomValue(random)).ToArray();
                layered.Reset(leafSets);
                foreach (var layer in new[] { FeatureLayer.Sentence, FeatureLayer.Pair, FeatureLayer.Relation, FeatureLayer.Spot }) layered.ReadHead(layer, x, leafSets);
                var head = layered.HeadMargin(leafSets);
                var expected = ensemble.MarginUnlessBelow(x, checkpoint, exitBelow);
                Assert.Equal(expected is null, head < exitBelow);
                // The tail read after the head, as a candidate that passes the checkpoint is scored.
                foreach (var layer in new[] { FeatureLayer.Sentence, FeatureLayer.Pair, FeatureLayer.Relation, FeatureLayer.Spot }) layered.ReadTail(layer, x, leafSets);
                if (expected is { } margin) Assert.Equal(margin, layered.WithTail(head, leafSets));
                Assert.Equal(ensemble.Margin(x), layered.Margin(leafSets));
            }
        }
    }

    [Fact]
    public void A_layer_read_alone_and_intersected_leaves_what_reading_it_after_the_others_leaves()
    {
        var random = new Random(5);
        var trees = Enumerable.Range(0, 37).Select(t => RandomTree(random, maxDepth: t % 7)).ToList();
        var layers = Enumerable.Range(0, Features).Select(f => (FeatureLayer)(f % 5)).ToArray();
        var layered = LayeredEnsemble.TryCreate(new TreeEnsemble(trees, bias: 0, sigmoid: 1), layers)!;
        var (inOrder, others, spot, intersected) = (new ulong[layered.Trees], new ulong[layered.Trees], new ulong[layered.Trees], new ulong[layered.Trees]);
        for (var n = 0; n < 500; n++)
        {
            var x = Enumerable.Range(0, Features).Select(_ => RandomValue(random)).ToArray();
            layered.Reset(inOrder);
            foreach (var layer in new[] { FeatureLayer.Sentence, FeatureLayer.Pair, FeatureLayer.Spot, FeatureLayer.Relation }) layered.Read(layer, x, inOrder);
            layered.Reset(others);
            foreach (var layer in new[] { FeatureLayer.Sentence, FeatureLayer.Pair }) layered.Read(layer, x, others);
            layered.Reset(spot);
            layered.Read(FeatureLayer.Spot, x, spot);
            LayeredEnsemble.Intersect(others, spot, intersected, 0, layered.Trees);
            layered.Read(FeatureLayer.Relation, x, intersected);
            Assert.Equal(inOrder, intersected);
        }
    }

    [Fact]
    public void A_layer_reads_only_its_own_features()
    {
        // One tree on feature 1 (a Pair feature): reading the Sentence layer leaves both leaves possible.
        var tree = new RegressionTree([1], [0.5f], [~0], [~1], [-1.0, 2.0]);
        var layered = LayeredEnsemble.TryCreate(new TreeEnsemble([tree], 0, 1), [FeatureLayer.Sentence, FeatureLayer.Pair])!;
        var leafSets = new ulong[1];
        layered.Reset(leafSets);
        layered.Read(FeatureLayer.Sentence, [0f, 9f], leafSets);
        Assert.Equal(0b11UL, leafSets[0]);
        layered.Read(FeatureLayer.Pair, [0f, 9f], leafSets);
        Assert.Equal(2.0, layered.Margin(leafSets));
    }

    [Fact]
    public void A_tree_of_more_leaves_than_a_word_has_bits_is_left_to_the_tree_walk()
    {
        var leaves = LayeredEnsemble.MaxLeaves + 1;
        // A chain: node k sends values at or below k to leaf k, the rest on to node k + 1.
        var tree = new RegressionTree(
            [.. Enumerable.Repeat(0, leaves - 1)], [.. Enumerable.Range(0, leaves - 1).Select(k => (float)k)],
            [.. Enumerable.Range(0, leaves - 1).Select(k => ~k)], [.. Enumerable.Range(0, leaves - 1).Select(k => k + 2 < leaves ? k + 1 : ~(k + 1))],
            [.. Enumerable.Range(0, leaves).Select(k => (double)k)]);
        Assert.Null(LayeredEnsemble.TryCreate(new TreeEnsemble([tree], 0, 1), [FeatureLayer.Relation]));
    }

    private static float RandomValue(Random random) => random.Next(10) switch
    {
        0 => float.NaN,
        1 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
        2 => -0f,
        < 6 => Thresholds[random.Next(Thresholds.Length)],
        _ => (float)(random.NextDouble() * 12 - 4),
    };

    /// <summary>A tree numbered as LightGBM numbers them, a node before its children; a depth of 0 is a single leaf, 6 is at most 64.</summary>
    private static RegressionTree RandomTree(Random random, int maxDepth)
    {
        var (feature, threshold, left, right, leaf) = (new List<int>(), new List<float>(), new List<int>(), new List<int>(), new List<double>());
        int Grow(int depth)
        {
            if (depth >= maxDepth || depth > 0 && random.Next(4) == 0)
            {
                leaf.Add(Math.Round(random.NextDouble() * 2 - 1, 3) + 1e-9 * leaf.Count);
                return ~(leaf.Count - 1);
            }
            var node = feature.Count;
            feature.Add(random.Next(Features));
            threshold.Add(Thresholds[random.Next(Thresholds.Length)]);
            left.Add(0);
            right.Add(0);
            left[node] = Grow(depth + 1);
            right[node] = Grow(depth + 1);
            return node;
        }
        Grow(0);
        return new RegressionTree([.. feature], [.. threshold], [.. left], [.. right], [.. leaf]);
    }
}
