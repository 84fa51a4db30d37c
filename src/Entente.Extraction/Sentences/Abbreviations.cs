namespace Entente.Extraction.Sentences;

/// <summary>Words whose trailing dot does not end a sentence: titles, months, Latin shorthands.</summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cdr", "gov", "sen", "rep",
        "pres", "amb", "rev", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "al",
    };

    /// <summary>True when the word that ends just before <paramref name="dot"/> is an abbreviation or an initialism ("U.S", "e.g").</summary>
    public static bool EndsWithAbbreviation(string text, int lineStart, int dot)
    {
        var i = dot;
        while (i > lineStart && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
        if (i == dot) return false;
        var word = text.AsSpan(i, dot - i);
        if (word.Contains('.')) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
