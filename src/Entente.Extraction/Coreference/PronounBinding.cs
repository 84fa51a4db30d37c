using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Coreference;

/// <summary>
/// A plain object pronoun never names the subject of its own clause: in "Russia is doing business with it"
/// or "Moscow supplies them", "it" and "them" point past Russia to an earlier actor. (A reflexive,
/// "itself", would name the subject; a possessive, "its", may.)
/// </summary>
internal static class PronounBinding
{
    /// <summary>True when the pronoun at <paramref name="i"/> is the object of a verb or a preposition.</summary>
    public static bool IsObjectPosition(SentenceAnalysis s, WordClasses words, int i)
    {
        var w = s.Tokens[i].Lower;
        if (words.Is(w, WordClass.ObjectPronoun)) return true;
        if (w != "it" || i == 0) return false;
        var prev = s.Tokens[i - 1];
        return prev.IsWord && !words.Is(prev.Lower, WordClass.SubjectClauseOpener) && !s.HardBreakAfter[i - 1] && !VerbFollows(s, words, i + 1);
    }

    /// <summary>"said it may buy …", "warned it would …": a pronoun before a finite verb is that verb's subject.</summary>
    private static bool VerbFollows(SentenceAnalysis s, WordClasses words, int k)
    {
        while (k < s.Tokens.Count && s.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal) && s.Tokens[k].Lower != "supply") k++;
        return k < s.Tokens.Count && (words.Is(s.Tokens[k], WordClass.SubjectVerbAfterPronoun) || s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The clause's subject before the pronoun: the nearest actor not behind a preposition, with the actors
    /// coordinated with it ("Russia and Iran supply them").</summary>
    public static IReadOnlyCollection<Entity> ClauseSubjects(SentenceAnalysis s, WordClasses words, int i)
    {
        var subjects = new List<Entity>();
        EntityMention? previous = null;
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last > i || !m.IsActor || m.Form == MentionForm.Pronoun && m.First == i) continue;
            if (BreakBetween(s, m.Last - 1, previous?.First ?? i)) break;
            if (previous is not null && !Coordinated(s, words, m.Last, previous.First)) break;
            if (previous is null && m.First > 0 && words.Is(s.Tokens[m.First - 1], WordClass.NonSubjectPreposition)) continue;
            subjects.Add(m.Entity);
            previous = m;
        }
        return subjects;
    }

    private static bool Coordinated(SentenceAnalysis s, WordClasses words, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!words.Is(s.Tokens[k], WordClass.SubjectJoiner)) return false;
        return true;
    }

    private static bool BreakBetween(SentenceAnalysis s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if (s.HardBreakAfter[k] || s.Tokens[k].Is(",")) return true;
        return false;
    }
}
