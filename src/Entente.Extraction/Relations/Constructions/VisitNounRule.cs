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
    private static readonly HashSet<string> Nouns = ["stop", "visit", "trip", "stopover", "tour"];

    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var visitor in s.Mentions)
        {
            if (!(visitor.Possessive && visitor.IsActor)) continue;
            var k = visitor.Last + 1;
            if (s.IsWord(k, "first") || s.IsWord(k, "last") || s.IsWord(k, "next") || s.IsWord(k, "second") || s.IsWord(k, "recent")) k++;
            if (k >= s.Tokens.Count || !Nouns.Contains(s.Tokens[k].Lower)) continue;
            var host = HostAfter(s, k);
            if (host is null || host.Entity.Id == visitor.Entity.Id) continue;
            var t = new TriggerMention(k, k + 1, new TriggerEntry(s.Tokens[k].Lower, RelationTypes.Visit.Id, "noun"));
            c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, "visit.noun", 60) { Subjects = [visitor.Entity], Objects = [host.Entity], Arguments = [visitor, host] });
        }
    }

    /// <summary>The first state within ten tokens after the noun, after "was", "to", "in" or "is" (a loop: a lambda here cost a closure per mention).</summary>
    private static EntityMention? HostAfter(Pipeline.SentenceAnalysis s, int k)
    {
        foreach (var m in s.Mentions)
            if (m.First > k && m.First <= k + 10 && m.Entity.Kind == EntityKind.State && s.Tokens[m.First - 1].Lower is "was" or "to" or "in" or "is") return m;
        return null;
    }
}
