using Entente.Core.Ontology;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>Members of one list act side by side: the model is never asked whether one trained or armed another.</summary>
public sealed class CandidateListTests
{
    [Fact]
    public void Members_of_one_list_are_asked_only_about_symmetric_relations_with_each_other()
    {
        var candidates = CandidatesOf("Estonia, Latvia and Lithuania trained soldiers from Georgia and signed a pact.");
        var between = candidates.Where(c => c.AgentA.Id is "est" or "lva" or "ltu" && c.AgentB.Id is "est" or "lva" or "ltu").ToList();
        Assert.DoesNotContain(between, c => !RelationTypes.All[c.Relation].Undirected);
        Assert.Contains(between, c => c.RelationId == "agreement");
        // The list still reaches out of itself.
        Assert.Contains(candidates, c => c.AgentA.Id == "est" && c.RelationId == "training" && c.AgentB.Id == "geo");
    }

    [Fact]
    public void Actors_in_separate_phrases_are_still_asked_about_directed_relations()
    {
        var candidates = CandidatesOf("Estonia trained soldiers from Latvia.");
        Assert.Contains(candidates, c => c.AgentA.Id == "est" && c.RelationId == "training" && c.AgentB.Id == "lva");
    }

    private static List<PairCandidate> CandidatesOf(string text)
    {
        var kb = KnowledgeBase.Load();
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = ReadSentence.Of(text, kb);
        var candidates = new List<PairCandidate>();
        finder.Find(finder.Facts(sentence, isLede, drafts), candidates);
        return candidates;
    }
}
