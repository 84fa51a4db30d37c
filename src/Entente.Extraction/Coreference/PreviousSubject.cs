using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Coreference;

/// <summary>
/// Salience across a sentence boundary. "It" or "the country" with no candidate of its own sentence before it
/// continues the previous sentence's topic, its subject, rather than naming the most recent actor, which is often
/// only a prepositional object there: in "Kata'ib Hezbollah is the strongest militia aligned with Iran. It was
/// armed by the Quds Force", "it" is the militia; in "Mali followed. After the junta fell out with France, Wagner
/// deployed to the country", the country is Mali.
/// </summary>
internal static class PreviousSubject
{
    /// <summary>
    /// The sentence's subject: its first actor (a resolved pronoun too) that no preposition governs, after a fronted phrase
    /// if one opens the sentence ("Despite Ankara's vow to guard its ships, Egypt has sent …": Egypt, not Ankara's "its").
    /// </summary>
    public static Entity? Of(SentenceAnalysis s, WordClasses words)
    {
        var start = FrontedPhraseEnd(s, words);
        return FirstUngoverned(s, words, start) ?? (start > 0 ? FirstUngoverned(s, words, 0) : null);
    }

    /// <summary>The first actor from token <paramref name="from"/> on (a resolved pronoun too) that no preposition governs.</summary>
    private static Entity? FirstUngoverned(SentenceAnalysis s, WordClasses words, int from)
    {
        foreach (var m in s.Mentions)
            if (m.First >= from && m.IsActor && m.Form != MentionForm.Collective && !Governed(s, words, m)) return m.Entity;
        return null;
    }

    /// <summary>How many words a phrase opened by a preposition or a subordinator and closed by a comma takes at the
    /// sentence's start ("With …,", "Despite …,", "After …,"); 0 when none opens it.</summary>
    private static int FrontedPhraseEnd(SentenceAnalysis s, WordClasses words)
    {
        if (s.Tokens.Count == 0 || !(words.Is(s.Tokens[0], WordClass.Preposition) || words.Is(s.Tokens[0], WordClass.Subordinator))) return 0;
        for (var k = 1; k < s.Tokens.Count && k < 30; k++)
            if (s.Tokens[k].Is(",")) return k + 1;
        return 0;
    }

    /// <summary>The previous sentence's subject, when it fits and the reference at <paramref name="i"/> has no candidate of
    /// its own before it: an actor that fits and is not excluded. A pronoun takes any such actor ("asks that evidence be
    /// shown to it" after "reports of troops sent to Mali" is Mali); a description with <paramref name="onlyUngoverned"/>
    /// passes over one behind a preposition other than "of" ("fell out with France, Wagner deployed to the country").</summary>
    public static Entity? For(SentenceAnalysis s, WordClasses words, int i, Entity? previous, Func<Entity, bool> fits, IReadOnlyCollection<Entity>? exclude, bool onlyUngoverned)
    {
        if (previous is null || !fits(previous) || exclude is not null && exclude.Contains(previous)) return null;
        foreach (var m in s.Mentions)
        {
            if (m.Last > i) break;
            if (m.IsActor && m.Form is not (MentionForm.Pronoun or MentionForm.Collective) && fits(m.Entity)
                && (exclude is null || !exclude.Contains(m.Entity)) && !(onlyUngoverned && Governed(s, words, m, ofCounts: false))) return null;
        }
        return previous;
    }

    /// <summary>Behind a preposition. A sentence's subject is never "of" something, but a candidate may be: in "the economy
    /// of Myanmar is collapsing, and the country …" Myanmar is the topic.</summary>
    private static bool Governed(SentenceAnalysis s, WordClasses words, EntityMention m, bool ofCounts = true)
    {
        var k = new Tokens.TokenCursor(s.Tokens, words, m.First - 1).SkipBack(WordClass.Determiner).At;
        return k >= 0 && words.Is(s.Tokens[k], WordClass.Preposition) && (ofCounts || !s.Tokens[k].Is("of"));
    }
}
