using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "It was via Moscow that the PLO was able to …", "A reached B via Tehran": the actor right after "via"
/// facilitated for the clause's actor (after "that" in a cleft sentence, else the subject).
/// </summary>
public sealed class ViaRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            if (!s.Tokens[i].Is("via") && !(s.Tokens[i].Is("through") && s.Tokens[i + 1].IsCapitalized)) continue;
            var at = s.IsWord(i + 1, "the") ? i + 2 : i + 1;
            var broker = ActorAt(s, at);
            if (broker is null) continue;
            // "smuggled rifles to the Houthis through Oman": a country passed through is a route, not a broker.
            if (s.Tokens[i].Is("through") && broker.Entity.Kind == Core.Entities.EntityKind.State && !s.IsWord(broker.Last, "that")) continue;
            List<EntityMention>? beneficiary = null;
            if (s.IsWord(broker.Last, "that")) beneficiary = c.Args.ObjectAfter(broker.Last + 1);
            beneficiary ??= c.Args.SubjectOf(i, inherit: false);
            if (beneficiary is null) continue;
            var t = new TriggerMention(i, broker.Last, new TriggerEntry("via", RelationTypes.Facilitation.Id, "via"));
            c.Emit(new FrameClaims(t, RelationTypes.Facilitation.Id, "facilitation.via", 55) { Subjects = [broker.Entity], Objects = SentenceArguments.Entities(beneficiary), Arguments = beneficiary.Append(broker) });
        }
    }

    /// <summary>The first non-possessive actor starting at <paramref name="at"/>; a loop, since a lambda here cost a closure per token.</summary>
    private static EntityMention? ActorAt(Pipeline.SentenceAnalysis s, int at)
    {
        foreach (var m in s.Mentions)
            if (m.First == at && m.IsActor && !m.Possessive) return m;
        return null;
    }
}
