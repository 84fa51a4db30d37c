using Entente.Core.Ontology;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>Members of one list act side by side: the model is never asked whether one trained or armed another; nor is a
/// speaker asked about what it says.</summary>
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

    [Fact]
    public void The_speaker_of_an_estimate_is_not_asked_about_what_it_estimates()
    {
        var candidates = CandidatesOf("Egyptian officials estimated that Hamas had 15,000 rockets supplied by Iran.");
        Assert.DoesNotContain(candidates, c => c.AgentA.Id == "egy" && c.AgentB.Id == "hamas" || c.AgentA.Id == "hamas" && c.AgentB.Id == "egy");
        // What is estimated is still asked about.
        Assert.Contains(candidates, c => c.AgentA.Id == "irn" && c.RelationId == "arms-transfer" && c.AgentB.Id == "hamas");
    }

    [Fact]
    public void Them_after_materiel_is_the_materiel_not_the_actors_before_it()
    {
        // The samples' sentence: "them" once read as Israel and Hezbollah, so Israel was asked whether it armed Hezbollah.
        var candidates = CandidatesOf("Israeli officials estimated before 2023 that Hezbollah had well over 100,000 rockets and missiles, many of them supplied by Iran or assembled from Iranian kits.");
        Assert.DoesNotContain(candidates, c => c.AgentA.Id == "isr" || c.AgentB.Id == "isr");
        Assert.Contains(candidates, c => c.AgentA.Id == "irn" && c.RelationId == "arms-transfer" && c.AgentB.Id == "hezbollah");
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
