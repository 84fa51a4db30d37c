namespace Entente.Extraction.Relations.Model;

/// <summary>
/// A crude English stem for cue words: inflections and common derivations cut back to a shared key, so that
/// "supplied", "supplies", "supply" and "supplying" count as one cue ("suppl"), as do "agreed", "agreements" and
/// "agree". It only has to be consistent between training and extraction, not linguistically right.
/// A stem is always a prefix of its word, so extraction can look one up as a slice of the word, with no new string.
/// </summary>
public static class WordStem
{
    private static readonly string[] Suffixes = ["ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "y"];

    public static string Of(string lower)
    {
        var length = LengthOf(lower);
        return length == lower.Length ? lower : lower[..length];
    }

    /// <summary>How many leading characters of the word its stem keeps.</summary>
    public static int LengthOf(ReadOnlySpan<char> lower)
    {
        var first = Cut(lower);
        // A second cut finishes what the first exposed: "supplying" → "supply" → "suppl", "agreements" → "agree" → "agre".
        return Cut(lower[..first]);
    }

    /// <summary>The length of the word without its first matching suffix.</summary>
    private static int Cut(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4) return word.Length;
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3) continue;
            var stem = word.Length - suffix.Length;
            // "shipped" → "ship": a doubled final consonant left by -ed/-ing is undone ("funneled" has none to undo).
            if (suffix is "ed" or "ing" && stem >= 4 && word[stem - 1] == word[stem - 2] && word[stem - 1] is not ('l' or 's' or 'e' or 'o')) stem--;
            return stem;
        }
        return word.Length;
    }
}
