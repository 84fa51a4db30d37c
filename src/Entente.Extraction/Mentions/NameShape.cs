using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Mentions;

/// <summary>
/// What the words of a run of capitals look like: common English words or not, a person's name, a body's name with
/// more to it than its head word. The evidence <see cref="ProvisionalNameFinder"/> weighs when the context says nothing.
/// </summary>
internal sealed class NameShape(MentionLexicons lexicons)
{
    /// <summary>A person's name has a word that is no common word, title or role, and no digits or all-capital words: not "Order", "Gen", "M3".</summary>
    public bool IsPersonName(SentenceAnalysis s, int first, int end)
    {
        if (!NameWords.IsNameWord(s, lexicons.Words, first)) return false;
        var proper = false;
        for (var k = first; k < end; k++)
        {
            var t = s.Tokens[k];
            if (t.Text.Any(char.IsDigit) || t.IsAllCaps && t.Text.Length > 2 || lexicons.Words.Is(t, WordClass.PeopleWord)) return false;
            if (!lexicons.Words.Is(t, WordClass.NameJoiner) && !IsCommon(t) && !lexicons.PersonCues.Contains(t) && t.Text.Length > 1) proper = true;
        }
        return proper;
    }

    /// <summary>
    /// A company's or a body's name needs more than its head word and a common word ("Armed Forces", "Oil Company"): a word
    /// that is no common word, three words or more after "the", or words around it that say what it is.
    /// </summary>
    public bool Distinctive(SentenceAnalysis s, NameRun run, bool described)
    {
        var words = 0;
        var proper = false;
        for (var k = run.First; k < run.End; k++)
        {
            var t = s.Tokens[k];
            if (lexicons.Words.Is(t, WordClass.NameJoiner) || lexicons.NameHeads.Contains(t) || t.Text == ".") continue;
            words++;
            if (!IsCommon(t) || t.IsAllCaps) proper = true;
        }
        if (words == 0) return false;
        if (proper) return true;
        return words >= 2 && (described || s.IsWord(run.First - 1, "the"));
    }

    /// <summary>Two to five words, none of them a common English word: "Hassan Dekko", "Tun Min Latt" read as a person's name.</summary>
    public bool LooksLikePersonName(SentenceAnalysis s, NameRun run)
    {
        var words = 0;
        for (var k = run.First; k < run.End; k++)
        {
            var t = s.Tokens[k];
            if (lexicons.Words.Is(t, WordClass.NameJoiner)) continue;
            if (t.IsAllCaps || !char.IsLetter(t.Text[0]) && NameWords.ArticlePrefixLength(t.Text) == 0) return false;
            words++;
        }
        return words is >= 2 and <= 5 && !HasCommonWord(s, run) && !lexicons.Words.Is(s.Tokens[run.End - 1], WordClass.PlaceHead)
            && !(run.End < s.Tokens.Count && lexicons.Words.Is(s.Tokens[run.End], WordClass.PlaceHead));
    }

    public bool HasCommonWord(SentenceAnalysis s, NameRun run)
    {
        for (var k = run.First; k < run.End; k++)
        {
            var t = s.Tokens[k];
            if (lexicons.Words.Is(t, WordClass.NameJoiner)) continue;
            if (IsCommon(t)) return true;
        }
        return false;
    }

    /// <summary>A common English word, or the plural of one ("Ministers", "Forces").</summary>
    public bool IsCommon(in Tokens.Token t) =>
        lexicons.CommonWords.Contains(t) || t.Lower.Length > 3 && t.Lower.EndsWith('s') && (lexicons.CommonWords.Contains(t.Lower[..^1])
            || t.Lower.EndsWith("ies", StringComparison.Ordinal) && lexicons.CommonWords.Contains(t.Lower[..^3] + "y")
            || t.Lower.EndsWith("es", StringComparison.Ordinal) && lexicons.CommonWords.Contains(t.Lower[..^2]));

    public bool HasPeopleWord(SentenceAnalysis s, NameRun run)
    {
        for (var k = run.First; k < run.End; k++)
            if (lexicons.Words.Is(s.Tokens[k], WordClass.PeopleWord)) return true;
        return false;
    }
}
