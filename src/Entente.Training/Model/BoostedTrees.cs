using Entente.Extraction.Relations.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Entente.Training.Model;

/// <summary>
/// Trains a binary boosted tree ensemble with ML.NET's LightGBM (one thread, deterministic, fixed seed) and copies
/// its trees into extraction's own <see cref="TreeEnsemble"/>, so that extraction never needs ML.NET.
/// </summary>
public static class BoostedTrees
{
    /// <summary>The slope of LightGBM's sigmoid: margins are log-odds.</summary>
    public const double Sigmoid = 1.0;

    private sealed class Example
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    public static TreeEnsemble Train(IEnumerable<(float[] Features, bool Label)> examples, int featureCount, BoostingOptions options, int seed)
    {
        if (options.Bags < 1) throw new ArgumentOutOfRangeException(nameof(options), $"bags must be at least 1, not {options.Bags}");
        if (options.Bags == 1) return TrainOne(examples, featureCount, options, seed);
        var list = examples as IReadOnlyList<(float[] Features, bool Label)> ?? [.. examples];
        var bags = Enumerable.Range(0, options.Bags).Select(b => TrainOne(list, featureCount, options, seed + b)).ToList();
        return Average(bags);
    }

    /// <summary>
    /// One ensemble whose margin is the mean of the bags' margins: their trees interleaved (the first tree of each bag,
    /// then the second …, so any prefix, as the early exit reads, samples every bag alike) with leaves divided by the
    /// number of bags, and the mean bias.
    /// </summary>
    public static TreeEnsemble Average(IReadOnlyList<TreeEnsemble> bags)
    {
        var scale = 1.0 / bags.Count;
        var trees = new List<RegressionTree>();
        for (var t = 0; t < bags.Max(b => b.Trees.Count); t++)
            foreach (var bag in bags)
                if (t < bag.Trees.Count)
                {
                    var tree = bag.Trees[t];
                    trees.Add(new RegressionTree(tree.Feature, tree.Threshold, tree.Left, tree.Right, [.. tree.Leaf.Select(v => v * scale)]));
                }
        return new TreeEnsemble(trees, bags.Average(b => b.Bias), bags[0].Sigmoid);
    }

    private static TreeEnsemble TrainOne(IEnumerable<(float[] Features, bool Label)> examples, int featureCount, BoostingOptions options, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Example { Features = e.Features, Label = e.Label }), schema);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumLeaf,
            Seed = seed,
            NumberOfThreads = 1,
            Deterministic = true,
            Sigmoid = Sigmoid,
            Booster = new GradientBooster.Options
            {
                FeatureFraction = options.FeatureFraction,
                SubsampleFraction = options.Subsample,
                // LightGBM bags only when the frequency is positive: every tree draws its own sample.
                SubsampleFrequency = options.Subsample < 1 ? 1 : 0,
            },
        });
        var ensemble = trainer.Fit(data).Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select(t => new RegressionTree(
            [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeftChild], [.. t.RightChild], [.. t.LeafValues])).ToList();
        return new TreeEnsemble(trees, ensemble.Bias, Sigmoid);
    }
}
