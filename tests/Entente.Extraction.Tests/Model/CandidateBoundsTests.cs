using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>The relation model's work on a sentence is bounded, however many names it holds; a cue word asks only above the model's floor.</summary>
public sealed class CandidateBoundsTests
{
    [Theory]
    [InlineData(0.05f, false)]
    [InlineData(0.02f, true)]
    public void A_weak_cue_word_asks_about_its_relation_only_when_the_floor_lets_it(float floor, bool asked)
    {
        var kb = KnowledgeBase.Load();
        // Far apart, so no construction asks about part-of: only the cue word can.
        var partOf = RelationCues.IndexOf("part-of");
        var cues = new RelationCues(new Dictionary<string, CueWeight[]> { [WordStem.Of("adherent")] = [new CueWeight(partOf, 0.03f)] }, floor);
        var finder = new CandidateFinder(cues, ContextCues.Empty, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = ReadSentence.Of("Kazakhstan, after years of quiet hesitation about its role, stayed a loyal adherent of the CSTO.", kb);
        var candidates = new List<PairCandidate>();
        finder.Find(finder.Facts(sentence, isLede, drafts), candidates);
        Assert.Equal(asked, candidates.Any(c => c.Relation == partOf && c.AgentA.Id == "kaz" && c.AgentB.Id == "csto"));
    }

    [Fact]
    public void A_sentence_of_hundreds_of_names_pairs_at_most_the_first_few()
    {
        var kb = KnowledgeBase.Load();
        var states = new[] { "Iran", "Russia", "Syria", "Iraq", "Turkey", "Egypt", "Israel", "Ukraine", "Belarus", "Cuba", "Venezuela", "China" };
        var text = "Iran supplied drones to " + string.Join(", ", Enumerable.Range(0, 300).Select(i => states[i % states.Length])) + ".";
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = ReadSentence.Of(text, kb);
        var facts = finder.Facts(sentence, isLede, drafts);
        var candidates = new List<PairCandidate>();
        finder.Find(facts, candidates);
        Assert.True(sentence.Mentions.Count > 250, $"the sentence has only {sentence.Mentions.Count} mentions");
        Assert.Equal(CandidateFinder.MaxArguments, facts.Arguments.Count);
        var pairs = candidates.Select(c => (c.A, c.B)).Distinct().Count();
        Assert.InRange(pairs, 1, CandidateFinder.MaxArguments * (CandidateFinder.MaxArguments - 1));
        // Beyond the distance only what a rule found between the two is asked.
        Assert.All(candidates.Where(c => Math.Abs(c.A.First - c.B.First) > CandidateFinder.MaxDistance), c => Assert.NotEmpty(c.RuleDrafts));
    }

    [Fact]
    public void Two_mentions_far_apart_are_asked_only_what_a_rule_found_between_them()
    {
        var kb = KnowledgeBase.Load();
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var text = "Britain designated the Acme Shipping Company, which had for several years moved cargo through ports on three continents "
            + "under a long succession of flags, owners, managers and names that investigators traced through registries, leaked invoices, "
            + "satellite images and the testimony of former crew members, for supplying the Wagner Group.";
        var (sentence, drafts, isLede) = ReadSentence.Of(text, kb);
        var candidates = new List<PairCandidate>();
        finder.Find(finder.Facts(sentence, isLede, drafts), candidates);
        var far = candidates.Where(c => Math.Abs(c.A.First - c.B.First) > CandidateFinder.MaxDistance).ToList();
        Assert.NotEmpty(far);
        Assert.All(far, c => Assert.NotEmpty(c.RuleDrafts));
        Assert.Contains(far, c => c.RelationId == "arms-transfer" && c.AgentA.Id == "acme-shipping" && c.AgentB.Id == "wagner");
    }
}
