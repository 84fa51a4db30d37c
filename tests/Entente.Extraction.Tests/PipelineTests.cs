using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

public sealed class PipelineTests
{
    private static readonly Lazy<ExtractionPipeline> Default = new(() => ExtractionPipeline.CreateDefault(KnowledgeBase.Load()));

    /// <summary>The rules deciding alone: what the tests of a rule's own evidence and time read.</summary>
    private static readonly Lazy<ExtractionPipeline> Rules = new(() => new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseRulesOnly().Build());

    [Fact]
    public void The_same_document_gives_the_same_claims_twice()
    {
        var doc = Document.FromText("Iran reportedly sent drones to Russia in 2022. Russia and Iran signed a deal.");
        var a = Default.Value.Extract(doc).Claims.Select(c => c.Id).ToList();
        var b = Default.Value.Extract(doc).Claims.Select(c => c.Id).ToList();
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Evidence_is_the_exact_text_at_its_offsets_and_names_the_rule()
    {
        var doc = Document.FromText("Headline\nIn 2019, Turkey sold Bayraktar TB2 drones to Ukraine.");
        var c = Assert.Single(Rules.Value.Extract(doc).Claims);
        Assert.Equal(doc.Text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
        Assert.Equal("arms-transfer.transfer", c.Producer.Name);
        Assert.Equal(doc.SourceId, c.SourceId);
        Assert.Contains("2019", c.Cues);
    }

    [Fact]
    public void A_claim_without_a_time_cue_takes_the_publication_date_only_as_the_news_event()
    {
        var published = new DocumentMetadata { Published = new DateOnly(2024, 1, 1) };
        var lede = Document.FromText("Iran sent drones to Russia.\nRussia had sold jets to Syria.", published);
        var claims = Rules.Value.Extract(lede).Claims;
        Assert.Equal(new DateOnly(2024, 1, 1), claims.Single(c => c.Subject.Id == "irn").Time?.From);
        Assert.Null(claims.Single(c => c.Subject.Id == "rus").Time);
        Assert.Null(Assert.Single(Rules.Value.Extract(Document.FromText("Iran sent drones to Russia.")).Claims).Time);
    }

    [Fact]
    public void The_default_pipeline_decides_with_the_shipped_model_and_says_so_on_each_claim()
    {
        var model = Relations.Model.RelationModel.Shipped();
        Assert.NotNull(model);
        var doc = Document.FromText("Headline\nIn 2019, Turkey sold Bayraktar TB2 drones to Ukraine.");
        var c = Assert.Single(Default.Value.Extract(doc).Claims, c => c.Relation == "arms-transfer");
        Assert.Equal(Core.Claims.ProducerKind.Model, c.Producer.Kind);
        Assert.Equal(model.Version, c.Producer.Version);
        Assert.Contains("arms-transfer.transfer", c.Producer.Rules);
        Assert.Equal(doc.Text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
    }

    [Fact]
    public void A_pipeline_without_the_relation_stage_finds_mentions_but_no_claims()
    {
        var p = new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseSentences().UseTokens().UseMentions().Build();
        var r = p.Extract(Document.FromText("Iran sent drones to Russia."));
        Assert.Empty(r.Claims);
        Assert.Equal(["Iran", "drones", "Russia"], r.Mentions.Select(m => m.Text));
    }
}
