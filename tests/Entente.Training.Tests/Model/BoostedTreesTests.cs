using Entente.Training.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Entente.Training.Tests.Model;

/// <summary>The trees copied out of ML.NET score exactly as ML.NET's own model does.</summary>
public sealed class BoostedTreesTests
{
    private sealed class Example
    {
        [VectorType(6)] public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    private static List<Example> Examples(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var f = new float[6];
            for (var i = 0; i < 3; i++) f[i] = (float)random.NextDouble();
            for (var i = 3; i < 6; i++) f[i] = random.Next(3) == 0 ? 1 : 0;
            return new Example { Features = f, Label = f[0] + f[1] * f[2] + f[3] - f[4] > 0.9 + random.NextDouble() * 0.3 };
        }).ToList();
    }

    [Fact]
    public void Copied_trees_give_ml_net_margins()
    {
        var train = Examples(3000, 1);
        var options = new BoostingOptions(Trees: 30, Leaves: 15, LearningRate: 0.1, MinimumLeaf: 10);
        var ours = BoostedTrees.Train(train.Select(e => (e.Features, e.Label)), 6, options, seed: 1);

        var ml = new MLContext(1);
        var model = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumLeaf,
            Seed = 1,
            NumberOfThreads = 1,
            Deterministic = true,
            Sigmoid = BoostedTrees.Sigmoid,
        }).Fit(ml.Data.LoadFromEnumerable(train));
        var test = Examples(200, 2);
        var theirs = model.Transform(ml.Data.LoadFromEnumerable(test)).GetColumn<float>("Score").ToArray();
        for (var i = 0; i < test.Count; i++)
            Assert.Equal(theirs[i], ours.Margin(test[i].Features), precision: 4);
        Assert.True(test.Count(e => ours.Probability(e.Features) >= 0.5 == e.Label) > test.Count * 0.8, "the ensemble learned nothing");
    }

    [Fact]
    public void Feature_and_bagging_fractions_come_from_the_config_and_give_another_model_reproducibly()
    {
        var options = TrainingOptions.FromJson("""{"pair": {"trees": 20, "leaves": 7, "learning_rate": 0.1, "minimum_leaf": 10, "feature_fraction": 0.5, "subsample": 0.7}}""", "test.json");
        Assert.Equal((0.5, 0.7), (options.Pair.FeatureFraction, options.Pair.Subsample));
        Assert.Equal((1.0, 1.0), (options.Document.FeatureFraction, options.Document.Subsample));
        var train = Examples(2000, 3).Select(e => (e.Features, e.Label)).ToList();
        var bagged = BoostedTrees.Train(train, 6, options.Pair, seed: 1);
        var again = BoostedTrees.Train(train, 6, options.Pair, seed: 1);
        var plain = BoostedTrees.Train(train, 6, options.Pair with { FeatureFraction = 1, Subsample = 1 }, seed: 1);
        var probe = Examples(50, 4);
        Assert.All(probe, e => Assert.Equal(bagged.Margin(e.Features), again.Margin(e.Features)));
        Assert.Contains(probe, e => Math.Abs(bagged.Margin(e.Features) - plain.Margin(e.Features)) > 1e-6);
    }

    [Fact]
    public void Bags_average_the_margins_of_ensembles_trained_with_consecutive_seeds()
    {
        var options = TrainingOptions.FromJson("""{"pair": {"trees": 20, "leaves": 7, "learning_rate": 0.1, "minimum_leaf": 10, "subsample": 0.7, "bags": 3}}""", "test.json");
        Assert.Equal(3, options.Pair.Bags);
        var train = Examples(2000, 5).Select(e => (e.Features, e.Label)).ToList();
        var averaged = BoostedTrees.Train(train, 6, options.Pair, seed: 4);
        var single = Enumerable.Range(4, 3).Select(seed => BoostedTrees.Train(train, 6, options.Pair with { Bags = 1 }, seed)).ToList();
        Assert.Equal(60, averaged.Trees.Count);
        var probe = Examples(50, 6);
        Assert.All(probe, e => Assert.Equal(single.Average(t => t.Margin(e.Features)), averaged.Margin(e.Features), precision: 5));
        // The bags differ (else averaging would be pointless), and the first trees of the mix come one from each bag.
        Assert.Contains(probe, e => Math.Abs(single[0].Margin(e.Features) - single[1].Margin(e.Features)) > 1e-6);
        Assert.Equal(single[1].Trees[0].Feature, averaged.Trees[1].Feature);
        Assert.Throws<ArgumentOutOfRangeException>(() => BoostedTrees.Train(train, 6, options.Pair with { Bags = 0 }, seed: 1));
    }
}
