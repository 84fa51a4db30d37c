using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The token classes a name the knowledge base lacks is built from: capitalized words and "al-" words, the small
/// words that join them inside a name ("Bank of Kunlun", "Liwa al Quds"), numbers of units ("Unit 840"), and the
/// hyphenated modifiers that end a name instead ("Hong Kong-based", "Iran-backed").
/// </summary>
internal static class NameWords
{

    /// <summary>A word that can be part of a name: capitalized, or a lower-case Arabic article fused to a capitalized word ("al-Kinai").</summary>
    public static bool IsNameWord(SentenceAnalysis s, WordClasses words, int k)
    {
        if (k < 0 || k >= s.Tokens.Count) return false;
        var t = s.Tokens[k];
        // Most words are lower case: the cheap tests first, since this runs for every token.
        if (!t.IsCapitalized && !(t.Shape == TokenShape.Word && t.Text.Length > 3 && (t.Text[2] == '-' || t.Text[3] == '-') && ArticlePrefixLength(t.Text) > 0)) return false;
        return !words.Is(t, WordClass.NeverNameWord) && !(t.Text.Length > 3 && CalendarWords.Month(t.Lower) > 0);
    }

    /// <summary>The length of "al-", "el-", "ad-" … before a capitalized rest, or 0.</summary>
    public static int ArticlePrefixLength(string text)
    {
        var dash = text.IndexOf('-');
        if (dash is < 2 or > 3 || dash + 1 >= text.Length || !char.IsUpper(text[dash + 1])) return 0;
        var article = text.AsSpan(0, dash);
        return article is "al" or "Al" or "el" or "El" or "ad" or "as" or "ash" or "an" or "ar" or "at" or "az" ? dash + 1 : 0;
    }

    /// <summary>A hyphenated word whose rest is a modifier suffix ("Kong-based"): the name before the hyphen qualifies what follows.</summary>
    public static string? ModifierSuffix(in Token t, WordClasses words)
    {
        var dash = t.Lower.LastIndexOf('-');
        if (dash <= 0) return null;
        var rest = t.Lower[(dash + 1)..];
        return words.Is(rest, WordClass.ModifierSuffix) ? rest : null;
    }

    /// <summary>"840" after "Unit", "13th" before "Research Institute": numbers that can belong to a name (not years).</summary>
    public static bool IsNumberPart(in Token t) =>
        t.Shape == TokenShape.Number && t.Text.Length <= 6 && !t.Text.Contains('.') && !IsYear(t.Text) || t.Shape == TokenShape.Word && char.IsDigit(t.Text[0]) && IsOrdinal(t.Lower);

    private static bool IsYear(string text) => text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal));

    public static bool IsOrdinal(string lower) =>
        lower.Length >= 3 && char.IsDigit(lower[0]) && (lower.EndsWith("st", StringComparison.Ordinal) || lower.EndsWith("nd", StringComparison.Ordinal)
            || lower.EndsWith("rd", StringComparison.Ordinal) || lower.EndsWith("th", StringComparison.Ordinal));
}
