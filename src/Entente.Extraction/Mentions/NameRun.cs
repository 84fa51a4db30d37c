using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// A run of name words [First, End) that no knowledge-base name covers: "Asia Sun Trading Co. Ltd", "Ahmad Vahidi",
/// "Ministry of Mines". It may open with a state's name ("China Concord Petroleum Company"), which
/// <see cref="Lead"/> holds. A run that ends in a hyphenated modifier ("Hong Kong-based") names a place that qualifies
/// the next name, not an entity.
/// </summary>
internal readonly record struct NameRun(int First, int End, EntityMention? Lead, string? ModifierSuffix)
{
    public int Length => End - First;

    /// <summary>
    /// The run of name words that starts at token <paramref name="i"/>, or null when none starts there; and the mention at
    /// <paramref name="i"/>, which the caller skips past (reading the mentions again for it was a second scan per token).
    /// </summary>
    public static NameRun? At(SentenceAnalysis s, WordClasses words, int i, out EntityMention? mentionAtI)
    {
        EntityMention? lead = null;
        var k = i;
        mentionAtI = s.MentionAt(i);
        if (mentionAtI is { } m)
        {
            // "China Concord Petroleum Company", "Yemen Telecommunication Asset Company", "IRGC Unit 840": a state's or a
            // body's name opens another's.
            if (m.First != i || !m.Entity.Kind.IsActor() && m.Entity.Kind != EntityKind.Place || m.Entity.Kind == EntityKind.Person
                || m.Form is not (MentionForm.Name or MentionForm.Acronym) || m.Possessive || !FreeNameWord(s, words, m.Last)) return null;
            lead = m;
            k = m.Last;
        }
        else if (!(FreeNameWord(s, words, i) || NameWords.IsOrdinal(s.Tokens[i].Lower) && FreeNameWord(s, words, i + 1))) return null;
        var end = Extend(s, words, k, out var suffix);
        while (end > i && words.Is(s.Tokens[end - 1], WordClass.NameJoiner)) end--;
        return end > k || lead is null ? new NameRun(i, end, lead, suffix) : null;
    }

    private static int Extend(SentenceAnalysis s, WordClasses words, int k, out string? suffix)
    {
        suffix = null;
        var tokens = s.Tokens;
        var start = k;
        while (k < tokens.Count && k - start < 12)
        {
            var t = tokens[k];
            // "Korvan Drone Works": a capitalized materiel word inside a name is part of it.
            if (k > start && s.MentionAt(k) is { IsMateriel: true } materiel && materiel.Last == k + 1 && t.IsCapitalized && NameWords.IsNameWord(s, words, k + 1))
            {
                k++;
                continue;
            }
            if (FreeNameWord(s, words, k))
            {
                k++;
                if (NameWords.ModifierSuffix(t, words) is { } sfx)
                {
                    suffix = sfx;
                    break;
                }
                continue;
            }
            // "Unit 840", "CETC 13", "the 13th Research Institute": a number after a name's head or capitals, or before more of the name.
            if (k > start && NameWords.IsNumberPart(t) && (FreeNameWord(s, words, k + 1) || tokens[k - 1].IsAllCaps || words.Is(tokens[k - 1], WordClass.NumberedHead)))
            {
                k++;
                continue;
            }
            if (k == start && NameWords.IsOrdinal(t.Lower))
            {
                k++;
                continue;
            }
            if (k > start && words.Is(t, WordClass.NameJoiner))
            {
                if (FreeNameWord(s, words, k + 1)) k += 1;
                else if (s.IsWord(k + 1, "the") && FreeNameWord(s, words, k + 2)) k += 2;
                else break;
                continue;
            }
            // "People's Defence Forces", "Asia Sun Trading Co. Ltd", "Antony J. Blinken": a possessive, an abbreviation's or an initial's dot.
            if (k > start && (t.Lower == "'s" || t.Text == "." && (words.Is(tokens[k - 1], WordClass.NameLegalAbbreviation) || tokens[k - 1].Text.Length == 1))
                && FreeNameWord(s, words, k + 1))
            {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    private static bool FreeNameWord(SentenceAnalysis s, WordClasses words, int k) => NameWords.IsNameWord(s, words, k) && s.MentionAt(k) is null;
}
