using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Ottawa will hold Minsk accountable for …", "vowed to hold both regimes to account": whoever holds another to account
/// presses it. The one held stands between a form of "hold" and "accountable" (or "to account"); the holder is the verb's
/// subject. A passive ("will be held accountable") names no holder and gives nothing.
/// </summary>
public sealed class AccountableRule : IConstructionRule
{
    /// <summary>How many tokens the one held may take between "hold" and "accountable".</summary>
    private const int HeldSpan = 8;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var h = 0; h < s.Tokens.Count; h++)
        {
            var w = s.Tokens[h];
            if (!c.Words.Is(w, Lexicons.WordClass.HoldVerb)) continue;
            var end = AccountableAfter(s, h);
            if (end < 0) continue;
            var t = TriggerMention.AtWord(s, h, RelationTypes.Pressure.Id, "accountable");
            if (c.IsPassive(t)) continue;
            var held = s.Mentions.Where(m => m.First > h && m.Last <= end && m.IsActor).ToList();
            if (held.Count == 0 || c.Args.SubjectOf(h) is not { } holders) continue;
            // A collective ("both countries") is one mention per party at the same words: each is held.
            var objects = held.SelectMany(c.Args.Group).DistinctBy(m => (m.First, m.Entity.Id)).ToList();
            c.Emit(new FrameClaims(t, RelationTypes.Pressure.Id, "pressure.accountable", 60)
            { Subjects = SentenceArguments.Entities(holders), Objects = SentenceArguments.Entities(objects), Arguments = holders.Concat(objects) });
        }
    }

    /// <summary>The token where "accountable" or "to account" begins within reach after "hold", with only words and
    /// mentions between; -1 where none does.</summary>
    private static int AccountableAfter(Pipeline.SentenceAnalysis s, int hold)
    {
        for (var k = hold + 2; k < Math.Min(s.Tokens.Count, hold + 2 + HeldSpan); k++)
        {
            if (s.Tokens[k].Is("accountable") || s.Tokens[k].Is("to") && s.IsWord(k + 1, "account")) return k;
            if (s.Tokens[k].Shape == Tokens.TokenShape.Punct) return -1;
        }
        return -1;
    }
}
