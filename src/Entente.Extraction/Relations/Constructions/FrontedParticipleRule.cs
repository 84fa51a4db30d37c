using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Backed by Turkey and Qatar, the GNA repelled the offensive", "Armed by Iran, the Houthis …": a participle that opens the
/// sentence, with its agents after "by" and a comma, says what its agents did to the main clause's subject (the relation
/// is its trigger's). The subject is the first name after the comma, past an article and a short description.
/// </summary>
public sealed class FrontedParticipleRule : IConstructionRule
{
    /// <summary>How many plain words ("the rebel-held", "the Libyan") may stand between the comma and the subject's name.</summary>
    private const int MostWordsBeforeSubject = 4;

    /// <summary>How far the participle's phrase may run before its comma.</summary>
    private const int MostTokensInPhrase = 25;

    public void Apply(FrameContext c)
    {
        var s = c.S;
        if (s.Tokens.Count < 6 || !s.Tokens[0].Lower.EndsWith("ed", StringComparison.Ordinal) || !s.IsWord(1, "by")) return;
        TriggerMention? participle = null;
        foreach (var t in s.Triggers)
            if (t.First == 0 && t.Last == 1 && t.Entry.IsVerb) participle = t;
        if (participle is null) return;
        // The agents' list may hold commas of its own ("Backed by Russia, Iran and Hezbollah, Assad …"): the comma that ends
        // the phrase is the first after the member "and" brings in (the list's last), else after the first.
        if (c.Args.PassiveAgent(1, Math.Min(s.Tokens.Count, MostTokensInPhrase)) is not { } found) return;
        var comma = (found.FirstOrDefault(m => AfterCoordinator(c, m)) ?? found[0]).Last;
        while (comma < s.Tokens.Count && comma < MostTokensInPhrase && !s.Tokens[comma].Is(",")) comma++;
        if (comma >= s.Tokens.Count - 1 || !s.Tokens[comma].Is(",") || SubjectAfter(c, comma + 1) is not { } named) return;
        // "Backed by Turkey and Qatar, the GNA": the comma ends the agents' list; the name after it begins the subject's.
        var agents = found.Where(m => m.Last <= comma).ToList();
        var subject = named.Where(m => m.First > comma).ToList();
        if (agents.Count == 0 || subject.Count == 0) return;
        c.Emit(new FrameClaims(participle, participle.Entry.Relation, participle.Entry.RuleId + ".fronted", 60)
        {
            Subjects = SentenceArguments.Entities(agents),
            Objects = SentenceArguments.Entities(subject),
            Arguments = agents.Concat(subject),
        });
    }

    private static bool AfterCoordinator(FrameContext c, EntityMention m)
    {
        var k = m.First - 1;
        if (k > 0 && c.Words.Is(c.S.Tokens[k], WordClass.Article)) k--;
        return k > 0 && c.Words.Is(c.S.Tokens[k], WordClass.Coordinator);
    }

    private static List<EntityMention>? SubjectAfter(FrameContext c, int k)
    {
        var s = c.S;
        for (var n = 0; n <= MostWordsBeforeSubject && k < s.Tokens.Count; n++, k++)
        {
            if (s.MentionAt(k) is { } m && m.First == k)
            {
                if (m.IsActor && m.Form is not (MentionForm.Adjective or MentionForm.Pronoun)) return c.Args.Group(m);
                if (m.Form != MentionForm.Adjective) return null;
                k = m.Last - 1;
                continue;
            }
            if (!s.Tokens[k].IsWord || s.Tokens[k].IsCapitalized && !c.Words.Is(s.Tokens[k], WordClass.Article)) return null;
        }
        return null;
    }
}
