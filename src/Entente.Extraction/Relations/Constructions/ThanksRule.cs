using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Venezuela thanked China for its support", "Cuba thanked Iran for supporting its fight against the embargo": the one
/// thanked for help, or for supporting or helping, supports the one who thanks. An act with an object of its own ("thanked
/// Russia for condemning Israel's strikes") is its own verb's claim, read by that verb's frame.
/// </summary>
public sealed class ThanksRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        for (var i = 1; i + 3 < s.Tokens.Count; i++)
        {
            if (!c.Words.Is(s.Tokens[i], WordClass.ThankingVerb)) continue;
            if (s.MentionAt(i + 1) is not { IsActor: true } thanked) continue;
            var forAt = thanked.Last;
            if (!s.IsWord(forAt, "for") || HelpAfter(c, forAt + 1) is not { } help) continue;
            var thanker = c.Args.SubjectOf(i, inherit: false);
            if (thanker is null) continue;
            var t = TriggerMention.AtWord(s, help, RelationTypes.Support.Id, "thanks");
            c.Emit(new FrameClaims(t, RelationTypes.Support.Id, "support.thanks", 55)
            {
                Subjects = SentenceArguments.Entities(c.Args.Group(thanked)),
                Objects = SentenceArguments.Entities(thanker),
                Arguments = thanker.Append(thanked),
            });
        }
    }

    /// <summary>The help noun after "for", past a possessive pronoun, an article and a few plain words ("for its continued
    /// help", "for the military assistance"), or a gerund of helping right after it ("for supporting", "for helping").</summary>
    private static int? HelpAfter(FrameContext c, int k)
    {
        var s = c.S;
        if (k < s.Tokens.Count && s.Tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal))
            foreach (var t in s.Triggers)
                if (t.First == k && t.Entry.Relation == RelationTypes.Support.Id) return k;
        for (var n = 0; n < 4 && k < s.Tokens.Count; n++, k++)
        {
            var w = s.Tokens[k];
            if (c.Words.Is(w, WordClass.HelpNoun)) return k;
            if (!w.IsWord || w.IsCapitalized || s.MentionAt(k) is { Form: not MentionForm.Pronoun }) return null;
        }
        return null;
    }
}
