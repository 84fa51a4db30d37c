using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>The relation model's work on a sentence is bounded, however many names it holds.</summary>
public sealed class CandidateBoundsTests
{
    [Fact]
    public void A_sentence_of_hundreds_of_names_pairs_at_most_the_first_few()
    {
        var kb = KnowledgeBase.Load();
        var states = new[] { "Iran", "Russia", "Syria", "Iraq", "Turkey", "Egypt", "Israel", "Ukraine", "Belarus", "Cuba", "Venezuela", "China" };
        var text = "Iran supplied drones to " + string.Join(", ", Enumerable.Range(0, 300).Select(i => states[i % states.Length])) + ".";
        var analysis = new DocumentAnalysis(Document.FromText(text));
        foreach (var stage in new ExtractionPipelineBuilder(kb).UseReading().Build().Stages) stage.Run(analysis);
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = RelationModelStage.SentencesWithDrafts(analysis).Single();
        var facts = finder.Facts(sentence, isLede, drafts);
        var candidates = new List<PairCandidate>();
        finder.Find(facts, candidates);
        Assert.True(sentence.Mentions.Count > 250, $"the sentence has only {sentence.Mentions.Count} mentions");
        Assert.Equal(CandidateFinder.MaxArguments, facts.Arguments.Count);
        var pairs = candidates.Select(c => (c.A, c.B)).Distinct().Count();
        Assert.InRange(pairs, 1, CandidateFinder.MaxArguments * (CandidateFinder.MaxArguments - 1));
        Assert.All(candidates, c => Assert.InRange(Math.Abs(c.A.First - c.B.First), 0, CandidateFinder.MaxDistance));
    }
}
