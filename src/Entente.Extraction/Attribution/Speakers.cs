using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>A speaker of a sentence, tokens [First, Last): an actor when a mention names one, else the words that name it.</summary>
public sealed record Speaker(string Name, Entity? Entity, int First, int Last);

/// <summary>
/// Finds who speaks with a speech verb: an actor named just before it ("Iranian officials said", "Hezbollah on Saturday
/// said"), a pronoun ("he said"), the noun phrase that is its subject ("a source who saw the cargo told",
/// "the department said"), or, in an inverted report, the phrase after it ("…, said the ministry").
/// </summary>
public static class Speakers
{
    public static Speaker? Before(SentenceAnalysis s, WordClasses words, int verb)
    {
        var k = SkipBack(s, words, verb - 1);
        if (k < 0) return null;
        if (ActorEndingAt(s, k, verb) is { } m) return new Speaker(s.TextOf(m.First, m.Last), m.Entity, m.First, m.Last);
        if (words.Is(s.Tokens[k], WordClass.SpeakerPronoun)) return new Speaker(s.Tokens[k].Text, null, k, k + 1);
        var head = s.Tokens[k];
        if (!head.IsWord || words.Is(head, WordClass.NotSpeakerHead) || s.ClauseOf[k] != s.ClauseOf[verb] && !s.Tokens[k].IsCapitalized) return null;
        var first = k;
        while (first > 0 && first > k - 10 && s.ClauseOf[first - 1] == s.ClauseOf[k] && s.Tokens[first - 1].Shape != Tokens.TokenShape.Punct) first--;
        return new Speaker(s.TextOf(first, k + 1), null, first, k + 1);
    }

    /// <summary>"…, said the ministry", "…, said Iranian officials": the speaker right after the verb.</summary>
    public static Speaker? After(SentenceAnalysis s, WordClasses words, int verbEnd)
    {
        foreach (var m in s.Mentions)
            if (m.IsActor && m.First >= verbEnd && m.First <= verbEnd + 3) return new Speaker(s.TextOf(m.First, m.Last), m.Entity, m.First, m.Last);
        if (verbEnd + 1 < s.Tokens.Count && words.Is(s.Tokens[verbEnd], WordClass.Article) && s.Tokens[verbEnd + 1].IsWord)
            return new Speaker(s.TextOf(verbEnd, verbEnd + 2), null, verbEnd, verbEnd + 2);
        return null;
    }

    /// <summary>Back over adverbs, auxiliaries and a time expression ("on Saturday") to the word before a verb.</summary>
    private static int SkipBack(SentenceAnalysis s, WordClasses words, int k)
    {
        while (k >= 0)
        {
            // "Officials, who spoke on condition of anonymity, said …", "The group, an umbrella of militias, claimed …": the
            // speaker stands before its relative clause or apposition.
            if (s.Tokens[k].Is(",") && Time.NarrativeClauses.ClauseStart(s, k) is var start and > 1 && s.Tokens[start - 1].Is(",")
                && (Time.NarrativeClauses.InRelativeClause(s, words, k) || words.Is(s.Tokens[start], WordClass.Article) && s.MentionAt(start - 2) is not null))
            {
                k = start - 2;
                continue;
            }
            // "The command (NORAD) said …": past a bracketed acronym or aside.
            if (s.Tokens[k].Is(")"))
            {
                var open = k - 1;
                while (open >= 0 && !s.Tokens[open].Is("(") && open > k - 8) open--;
                if (open >= 0 && s.Tokens[open].Is("("))
                {
                    k = open - 1;
                    continue;
                }
            }
            if (words.Is(s.Tokens[k], WordClass.SpeakerVerbGap) || s.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal) && s.Tokens[k].Lower.Length > 4) k--;
            else if (TimeEndingAt(s, k) is { } first) k = first > 0 && words.Is(s.Tokens[first - 1], WordClass.SpeakerTimePreposition) ? first - 2 : first - 1;
            else return k;
        }
        return -1;
    }

    private static int? TimeEndingAt(SentenceAnalysis s, int k)
    {
        foreach (var t in s.Times)
            if (t.Last == k + 1) return t.First;
        return null;
    }

    private static EntityMention? ActorEndingAt(SentenceAnalysis s, int k, int verb)
    {
        EntityMention? best = null;
        foreach (var m in s.Mentions)
            if (m.IsActor && m.Last == k + 1 || m.Form == MentionForm.Official && m.Last == k + 1 && m.First < verb) best = m;
        return best;
    }
}
