namespace Entente.Extraction.Relations.Model;

/// <summary>
/// A crude English stem for cue words: inflections and common derivations cut back to a shared key, so that
/// "supplied", "supplies", "supply" and "supplying" count as one cue ("suppl"), as do "agreed", "agreements" and
/// "agree". It only has to be consistent between training and extraction, not linguistically right.
/// </summary>
public static class WordStem
{
    private static readonly string[] Suffixes = ["ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "y"];

    public static string Of(string lower)
    {
        var stem = Cut(lower);
        // A second cut finishes what the first exposed: "supplying" → "supply" → "suppl", "agreements" → "agree" → "agre".
        return Cut(stem);
    }

    private static string Cut(string word)
    {
        if (word.Length <= 4) return word;
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3) continue;
            var stem = word[..^suffix.Length];
            // "shipped" → "ship": a doubled final consonant left by -ed/-ing is undone ("funneled" has none to undo).
            if (suffix is "ed" or "ing" && stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o')) stem = stem[..^1];
            return stem;
        }
        return word;
    }
}
