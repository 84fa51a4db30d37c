using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Frames;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>
/// The one scan for a verb of pressure and the act noun it condemns, run on sentences the real pipeline has read: each
/// reach finds the pair where its words allow, and none finds it across a comma or farther than it reaches.
/// </summary>
public sealed class CondemnedActTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseRulesOnly().Build());

    /// <summary>The pairs each reach finds in a one-sentence text, as "verb>act", space-separated.</summary>
    private static (string AgentAfter, string ModifierAgent, string NotDoneByCondemner) Pairs(string text)
    {
        var analysis = new DocumentAnalysis(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2025, 5, 12) }));
        foreach (var stage in Pipeline.Value.Stages) stage.Run(analysis);
        var s = Assert.Single(analysis.Sentences);
        string Found(CondemnedAct.Reach reach) => string.Join(" ", CondemnedAct.In(s, reach)
            .Select(p => $"{s.TextOf(p.Verb.First, p.Verb.Last).ToLowerInvariant()}>{s.TextOf(p.Act.First, p.Act.Last).ToLowerInvariant()}"));
        return (Found(CondemnedAct.ActWithAgentAfter), Found(CondemnedAct.ActWithModifierAgent), Found(CondemnedAct.ActNotDoneByCondemner));
    }

    [Fact]
    public void Plain_words_between_make_a_pair_for_every_reach() =>
        Assert.Equal(("denounced>raids", "denounced>raids", "denounced>raids"), Pairs("Norway denounced the recent raids on the port."));

    [Fact]
    public void The_act_right_after_the_verb_pairs_only_where_no_modifier_has_to_stand_between() =>
        Assert.Equal(("condemned>raids", "", "condemned>raids"), Pairs("Norway condemned raids on the port."));

    [Fact]
    public void A_demonym_between_pairs_only_for_the_reach_that_reads_the_agent_from_it() =>
        Assert.Equal(("", "condemned>air strikes", ""), Pairs("Norway condemned the Saudi air strikes."));

    [Fact]
    public void A_comma_between_makes_no_pair() =>
        Assert.Equal(("", "", ""), Pairs("Norway condemned, once more, the raids on the port."));

    [Fact]
    public void Four_plain_words_between_are_beyond_the_agent_after_reach_only() =>
        Assert.Equal(("", "criticised>raids", "criticised>raids"), Pairs("Norway criticised the many small night raids on the port."));

    [Fact]
    public void A_noun_of_pressure_is_no_verb_that_condemns() =>
        Assert.Equal(("", "", ""), Pairs("The condemnation of the raids grew."));
}
