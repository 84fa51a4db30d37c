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
    /// <summary>Words after which a pronoun starts a clause and is its subject: "…, and it trades …", "because they …".</summary>
    private static readonly WordSet ClauseOpeners =
    [
        "and", "but", "or", "that", "which", "because", "while", "when", "as", "if", "so", "since", "although", "though",
        "whereas", "where", "how", "why", "after", "before", "until", "unless", "once", "then", "yet", "nor", "whether",
    ];

    /// <summary>True when the pronoun at <paramref name="i"/> is the object of a verb or a preposition.</summary>
    public static bool IsObjectPosition(SentenceAnalysis s, int i)
    {
        var w = s.Tokens[i].Lower;
        if (w is "them" or "him") return true;
        if (w != "it" || i == 0) return false;
        var prev = s.Tokens[i - 1];
        return prev.IsWord && !ClauseOpeners.Contains(prev.Lower) && !s.HardBreakAfter[i - 1] && !VerbFollows(s, i + 1);
    }

    private static readonly WordSet Auxiliaries =
    [
        "is", "was", "has", "had", "have", "may", "might", "must", "should", "shall", "can", "could", "will", "would", "did", "does", "do",
        "'s", "remains", "became", "seems", "appears",
    ];

    /// <summary>"said it may buy …", "warned it would …": a pronoun before a finite verb is that verb's subject.</summary>
    private static bool VerbFollows(SentenceAnalysis s, int k)
    {
        while (k < s.Tokens.Count && s.Tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal) && s.Tokens[k].Lower != "supply") k++;
        return k < s.Tokens.Count && (Auxiliaries.Contains(s.Tokens[k]) || s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The clause's subject before the pronoun: the nearest actor not behind a preposition, with the actors
    /// coordinated with it ("Russia and Iran supply them").</summary>
    public static IReadOnlyCollection<Entity> ClauseSubjects(SentenceAnalysis s, int i)
    {
        var subjects = new List<Entity>();
        EntityMention? previous = null;
        for (var k = s.Mentions.Count - 1; k >= 0; k--)
        {
            var m = s.Mentions[k];
            if (m.Last > i || !m.IsActor || m.Form == MentionForm.Pronoun && m.First == i) continue;
            if (BreakBetween(s, m.Last - 1, previous?.First ?? i)) break;
            if (previous is not null && !Coordinated(s, m.Last, previous.First)) break;
            if (previous is null && m.First > 0 && s.Tokens[m.First - 1].Lower is "to" or "with" or "from" or "of" or "for" or "by" or "in" or "against") continue;
            subjects.Add(m.Entity);
            previous = m;
        }
        return subjects;
    }

    private static bool Coordinated(SentenceAnalysis s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.Tokens[k].Lower is not ("and" or "," or "both" or "the")) return false;
        return true;
    }

    private static bool BreakBetween(SentenceAnalysis s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if (s.HardBreakAfter[k] || s.Tokens[k].Is(",")) return true;
        return false;
    }
}
