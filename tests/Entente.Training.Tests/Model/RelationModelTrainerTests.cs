using Entente.Core.Claims;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;
using Entente.Training.Model;

namespace Entente.Training.Tests.Model;

/// <summary>Training on the repository's own corpus: reproducible to the byte, readable, and usable by the pipeline.</summary>
public sealed class RelationModelTrainerTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    /// <summary>Small trees keep the test quick; the method is the shipped one's.</summary>
    private static readonly TrainingOptions Quick = new()
    {
        Folds = 3,
        Pair = new BoostingOptions(Trees: 40, Leaves: 15, LearningRate: 0.1, MinimumLeaf: 10),
        Document = new BoostingOptions(Trees: 30, Leaves: 7, LearningRate: 0.1, MinimumLeaf: 10),
    };

    private static byte[] Bytes(RelationModel model)
    {
        using var buffer = new MemoryStream();
        model.Write(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void The_same_corpus_and_options_give_the_same_model_file()
    {
        using var corpus = new OwnCorpus(36);
        var first = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb));
        var second = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb));
        Assert.Equal(Bytes(first.Model), Bytes(second.Model));
        Assert.StartsWith("rm-", first.Model.Version, StringComparison.Ordinal);
        Assert.True(first.Model.Cues.Count > 0, "no cue words were learned");
        Assert.True(first.Report.PositiveCandidates > 0 && first.Report.Candidates > first.Report.PositiveCandidates);
    }

    [Fact]
    public void The_per_relation_table_adds_up_to_the_totals_at_the_models_threshold()
    {
        using var corpus = new OwnCorpus(36);
        var report = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb)).Report;
        Assert.True(report.PerRelation.Count > 3, "the corpus has more than three relation types");
        Assert.Equal(report.RequiredTriples, report.PerRelation.Sum(m => m.Scores.Required));
        Assert.Equal(report.ReachableTriples, report.PerRelation.Sum(m => m.Reachable));
        Assert.Equal(report.Chosen.TruePositives, report.PerRelation.Sum(m => m.Scores.TruePositives));
        Assert.Equal(report.Chosen.FalsePositives, report.PerRelation.Sum(m => m.Scores.FalsePositives));
        Assert.All(report.PerRelation, m => Assert.InRange(m.Scores.TruePositives, 0, m.Scores.Required));
    }

    [Fact]
    public void A_chosen_rule_threshold_comes_from_the_grid_and_scores_out_of_fold_at_least_as_the_fixed_one()
    {
        using var corpus = new OwnCorpus(36);
        var fixedOne = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb));
        var chosen = new RelationModelTrainer(Kb, Quick with { ChooseRuleThreshold = true }).Train(corpus.Read(Kb));
        Assert.Equal(Quick.RuleThreshold, fixedOne.Model.RuleThreshold);
        Assert.Contains(chosen.Model.RuleThreshold, RelationModelTrainer.RuleThresholdGrid);
        Assert.Contains(Quick.RuleThreshold, RelationModelTrainer.RuleThresholdGrid);
        Assert.True(chosen.Report.Chosen.F05 >= fixedOne.Report.Chosen.F05, $"chosen {chosen.Report.Chosen.F05} below fixed {fixedOne.Report.Chosen.F05}");
        Assert.True(TrainingOptions.FromJson("""{"choose_rule_threshold": true}""", "t.json").ChooseRuleThreshold);
    }

    [Fact]
    public void Another_seed_gives_another_model_and_version()
    {
        using var corpus = new OwnCorpus(36);
        var one = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb)).Model;
        var other = new RelationModelTrainer(Kb, Quick with { Seed = 7, Pair = Quick.Pair with { Trees = 41 } }).Train(corpus.Read(Kb)).Model;
        Assert.NotEqual(one.Version, other.Version);
    }

    [Fact]
    public void A_trained_model_reads_back_and_drives_the_pipeline()
    {
        using var corpus = new OwnCorpus(36);
        var result = new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb));
        var bytes = Bytes(result.Model);
        var read = RelationModel.Read(new MemoryStream(bytes), "test model");
        Assert.Equal(bytes, Bytes(read));

        // A threshold of zero keeps every triple the document model weighs: the pipeline must then make model claims.
        var pipeline = new ExtractionPipelineBuilder(Kb).UseDefaults(read.WithThreshold(0)).Build();
        var text = "Iran supplied drones to Russia in 2022. The United States sanctioned the Iranian firms that built them.";
        var extracted = pipeline.Extract(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2023, 1, 10) }));
        Assert.NotEmpty(extracted.ModelDecisions);
        var claim = Assert.Single(extracted.Claims, c => c.Subject.Id == "irn" && c.Relation == "arms-transfer" && c.Object?.Id == "rus");
        Assert.Equal(ProducerKind.Model, claim.Producer.Kind);
        Assert.Equal(read.Version, claim.Producer.Version);
        Assert.InRange(claim.Producer.Score!.Value, 0, 1);
    }

    [Fact]
    public void Too_few_documents_for_the_folds_are_refused()
    {
        using var corpus = new OwnCorpus(2);
        var e = Assert.Throws<ArgumentException>(() => new RelationModelTrainer(Kb, Quick).Train(corpus.Read(Kb)));
        Assert.Contains("folds", e.Message, StringComparison.Ordinal);
    }
}
