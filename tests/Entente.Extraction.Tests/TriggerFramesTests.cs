using Entente.Core.Ontology;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;
using Entente.Extraction.Relations.Constructions;

namespace Entente.Extraction.Tests;

/// <summary>Frames and construction rules register by name through the pipeline builder; a frame named in the trigger
/// file must be one registered: a misspelt name fails at load, naming its line.</summary>
public sealed class TriggerFramesTests
{
    [Fact]
    public void Every_frame_the_shipped_trigger_file_names_is_registered()
    {
        var lexicon = new TriggerLexicon();
        Assert.Contains("transfer", lexicon.FrameLines.Keys);
        Assert.Contains("symmetric-noun", lexicon.FrameLines.Keys);
        // Building the stage checks them; it would throw on an unknown one.
        _ = new RelationStage(Knowledge.KnowledgeBase.Load(), lexicon, RelationRules.English(new Mentions.MentionLexicons()));
    }

    [Theory]
    [InlineData("directed", null)]
    [InlineData("tranfser", "lexicons/triggers.tsv:12: 'tranfser' is not a frame (known: directed, transfer)")]
    public void An_unknown_frame_fails_with_its_line(string frame, string? error)
    {
        var lines = new Dictionary<string, int> { ["transfer"] = 3, [frame] = 12 };
        var e = Record.Exception(() => RelationStage.CheckFrames(lines, ["directed", "transfer"]));
        Assert.Equal(error, e?.Message);
        if (error is not null) Assert.IsType<FormatException>(e);
    }

    [Fact]
    public void A_construction_rule_registered_through_the_builder_runs_after_the_English_ones()
    {
        var doc = Document.FromText("Iran and Venezuela.");
        var plain = new ExtractionPipelineBuilder(Knowledge.KnowledgeBase.Load()).UseRulesOnly().Build();
        Assert.DoesNotContain(plain.Extract(doc).Claims, c => c.Producer.Name == "support.first-pair");
        var registered = new ExtractionPipelineBuilder(Knowledge.KnowledgeBase.Load()).UseConstruction("first-pair", _ => new FirstPairRule()).UseRulesOnly().Build();
        var claim = Assert.Single(registered.Extract(doc).Claims, c => c.Producer.Name == "support.first-pair");
        Assert.Equal(("irn", "ven"), (claim.Subject.Id, claim.Object?.Id));
    }

    [Fact]
    public void A_name_registered_twice_fails()
    {
        var builder = new ExtractionPipelineBuilder(Knowledge.KnowledgeBase.Load()).UseConstruction("via", _ => new FirstPairRule()).UseRulesOnly();
        var e = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.StartsWith("the construction rule 'via' is registered twice", e.Message);
        Assert.Throws<ArgumentException>(() => new RelationRules().Frame(new Relations.Frames.AimedFrame()).Frame(new Relations.Frames.AimedFrame()));
    }

    /// <summary>A test rule: the sentence's first actor supports its second.</summary>
    private sealed class FirstPairRule : IConstructionRule
    {
        public void Apply(FrameContext c)
        {
            var actors = c.S.Mentions.Where(m => m.IsActor).ToList();
            if (actors.Count < 2) return;
            var t = new TriggerMention(actors[0].First, actors[0].Last, new TriggerEntry("and", RelationTypes.Support.Id, "first-pair"));
            c.Emit(new FrameClaims(t, RelationTypes.Support.Id, "support.first-pair", 60) { Subjects = [actors[0].Entity], Objects = [actors[1].Entity], Arguments = [actors[0], actors[1]] });
        }
    }
}
