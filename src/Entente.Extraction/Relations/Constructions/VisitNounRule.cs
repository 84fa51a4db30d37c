using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "The foreign minister's first stop on his Africa tour was Mali", "Putin's visit to Pyongyang": a
/// possessor's stop, visit or trip to (or "was") a state.
/// </summary>
public sealed class VisitNounRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var visitor in s.Mentions)
        {
            if (!(visitor.Possessive && visitor.IsActor)) continue;
            var k = visitor.Last + 1;
            if (k < s.Tokens.Count && c.Words.Is(s.Tokens[k], Lexicons.WordClass.VisitOrdinal)) k++;
            if (k >= s.Tokens.Count || !c.Words.Is(s.Tokens[k], Lexicons.WordClass.VisitNoun)) continue;
            var host = HostAfter(s, c.Words, k);
            if (host is null || host.Entity.Id == visitor.Entity.Id) continue;
            var t = TriggerMention.AtWord(s, k, RelationTypes.Visit.Id, "noun");
            c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, "visit.noun", 60) { Subjects = [visitor.Entity], Objects = [host.Entity], Arguments = [visitor, host] });
        }
    }

    /// <summary>The first state within ten tokens after the noun, after "was", "to", "in" or "is" (a loop: a lambda here cost a closure per mention).</summary>
    private static EntityMention? HostAfter(Pipeline.SentenceAnalysis s, Lexicons.WordClasses words, int k)
    {
        foreach (var m in s.Mentions)
            if (m.First > k && m.First <= k + 10 && m.Entity.Kind == EntityKind.State && words.Is(s.Tokens[m.First - 1], Lexicons.WordClass.HostPrecedent)) return m;
        return null;
    }
}
