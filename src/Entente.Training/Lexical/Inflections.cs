using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>
/// The inflected forms of English verbs and nouns: the regular rules (-s/-es/-ies; -ed/-d/-ied; -ing with the
/// final e dropped; the final consonant doubled after one short vowel in one syllable: ship → shipped) plus the
/// irregular forms WordNet's exception lists give. An irregular form replaces the regular one it stands for
/// ("sold", never "selled"), except that the British doubled l stands beside the American single one
/// ("travelled" and "traveled").
/// </summary>
public static class Inflections
{
    /// <summary>The lemma and its forms, without duplicates, in a fixed order.</summary>
    public static IReadOnlyList<string> Of(string lemma, PartOfSpeech pos, IReadOnlyList<string> irregular) =>
        pos == PartOfSpeech.Verb ? Verb(lemma, irregular) : Noun(lemma, irregular);

    public static IReadOnlyList<string> Verb(string lemma, IReadOnlyList<string> irregular)
    {
        var forms = new List<string> { lemma };
        var gerunds = irregular.Where(f => f.EndsWith("ing", StringComparison.Ordinal)).ToList();
        var thirds = irregular.Where(f => !gerunds.Contains(f) && IsThirdPerson(f)).ToList();
        var pasts = irregular.Where(f => !gerunds.Contains(f) && !thirds.Contains(f)).ToList();
        if (thirds.Count == 0) forms.Add(ThirdPerson(lemma));
        if (!pasts.Any(p => ReplacesRegularPast(lemma, p))) forms.Add(Past(lemma));
        if (!gerunds.Any(g => !IsBritishL(lemma, g, "ing"))) forms.Add(Gerund(lemma));
        forms.AddRange(irregular);
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Noun(string lemma, IReadOnlyList<string> irregular)
    {
        var forms = new List<string> { lemma };
        // An irregular plural replaces the regular one ("men", "crises", never "crisises"), except that "embargoes"
        // stands beside "embargos": after an o both spellings are in use.
        var keepsRegular = irregular.All(f => lemma.EndsWith('o') && f == lemma + "es");
        if (keepsRegular && Plural(lemma) is { } plural) forms.Add(plural);
        forms.AddRange(irregular);
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    public static string ThirdPerson(string verb) =>
        EndsInSibilant(verb) || (verb.EndsWith('o') && verb.Length > 1 && !IsVowel(verb[^2])) ? verb + "es"
        : EndsInConsonantY(verb) ? verb[..^1] + "ies"
        : verb + "s";

    public static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : EndsInConsonantY(verb) ? verb[..^1] + "ied"
        : DoublesFinalConsonant(verb) ? verb + verb[^1] + "ed"
        : verb + "ed";

    public static string Gerund(string verb) =>
        verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith("ee", StringComparison.Ordinal) || verb.EndsWith("oe", StringComparison.Ordinal) || verb.EndsWith("ye", StringComparison.Ordinal) ? verb + "ing"
        : verb.EndsWith('e') && verb.Length > 2 ? verb[..^1] + "ing"
        : DoublesFinalConsonant(verb) ? verb + verb[^1] + "ing"
        : verb + "ing";

    /// <summary>
    /// The regular plural, or none for a noun that is already plural in form ("arms", "logistics", "goods": an s
    /// after a consonant other than s) and so takes no plural ending.
    /// </summary>
    public static string? Plural(string noun)
    {
        if (noun.Length > 2 && noun[^1] == 's' && !IsVowel(noun[^2]) && noun[^2] != 's') return null;
        return EndsInSibilant(noun) ? noun + "es"
            : EndsInConsonantY(noun) ? noun[..^1] + "ies"
            : noun + "s";
    }

    /// <summary>
    /// Whether an irregular past stands for the regular -ed form: a past of its own ("sold", "underwrote") or a
    /// respelt -ed ("shipped", "panicked") does; a participle in -n ("shown", "proven") does not, since "showed" and
    /// "proved" are pasts too; nor does a British doubled l, since the American single l is regular.
    /// </summary>
    private static bool ReplacesRegularPast(string lemma, string form) =>
        form.EndsWith("ed", StringComparison.Ordinal) ? !IsBritishL(lemma, form, "ed") : !form.EndsWith('n');

    /// <summary>"travelled" from "travel": an l doubled before the ending, which American spelling leaves single.</summary>
    private static bool IsBritishL(string lemma, string form, string ending) =>
        lemma.EndsWith('l') && form == lemma + "l" + ending;

    /// <summary>A form in -s that is not -ss: "does", "has"; pasts and participles do not end so.</summary>
    private static bool IsThirdPerson(string form) => form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal);

    private static bool EndsInSibilant(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal);

    private static bool EndsInConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]);

    /// <summary>
    /// One syllable ending in one vowel letter and a consonant other than w, x or y ("ship", "ban", "plan"). Longer
    /// verbs double only when the last syllable is stressed, which spelling does not show; WordNet's exception list
    /// gives those ("transferred", "committed").
    /// </summary>
    private static bool DoublesFinalConsonant(string w)
    {
        if (w.Length < 3 || IsVowel(w[^1]) || w[^1] is 'w' or 'x' or 'y' || !IsVowel(w[^2]) || IsVowel(w[^3])) return false;
        var groups = 0;
        for (var i = 0; i < w.Length; i++)
            if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]))) groups++;
        return groups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
