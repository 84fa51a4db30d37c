using Entente.Core.Ontology;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>The sentence facts' range lookups that the pair features read give what reading every cue and trigger gave.</summary>
public sealed class SentenceFactsLookupsTests
{
    [Theory]
    [InlineData("Russia supplied drones to Iran and Syria talked with China while Belarus trained troops from Venezuela and Cuba armed militias backed by Iran, and Turkey funded rebels in Syria that Qatar also financed and supplied with weapons.")]
    [InlineData("Iran-backed militias attacked US forces in Iraq, and Iran sent missiles and drones to the Houthis, who fought Saudi Arabia with Iranian weapons supplied through Oman.")]
    public void Cues_and_triggers_in_a_range_are_those_of_the_whole_sentence_there(string text)
    {
        var kb = KnowledgeBase.Load();
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = ReadSentence.Of(text, kb);
        var facts = finder.Facts(sentence, isLede, drafts);
        var n = sentence.Tokens.Count;
        var (cuesSeen, triggersSeen) = (0, 0);
        for (var r = 0; r < RelationTypes.All.Count; r++)
        {
            var all = facts.CuePositions(r).ToArray();
            Assert.Equal(all.Length == 0 ? 0 : all.Max(p => p.Weight), facts.StrongestCue(r));
            var id = RelationTypes.All[r].Id;
            for (var from = -6; from <= n + 1; from += 3)
                for (var to = from; to <= n + 6; to += 5)
                {
                    Assert.Equal(all.Where(p => p.Token >= from).ToArray(), facts.CuePositionsFrom(r, from).ToArray());
                    var others = sentence.Triggers.Count(t => t.First >= from && t.First < to && t.Entry.Relation != id);
                    Assert.Equal(others, facts.OtherTriggersBetween(from, to, id));
                    (cuesSeen, triggersSeen) = (cuesSeen + all.Length, triggersSeen + others);
                }
        }
        Assert.True(cuesSeen > 0 && triggersSeen > 0, "the sentence gave no cue or no trigger to compare");
    }
}
