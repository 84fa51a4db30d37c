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
    /// <summary>Small words that stay inside a name when a capitalized word follows them.</summary>
    public static readonly WordSet Joiners =
    [
        "of", "for", "and", "&", "de", "du", "des", "del", "da", "di", "al", "bin", "ibn", "bint", "abu", "van", "von", "der", "la", "le", "el",
    ];

    /// <summary>Capitalized words that are never part of an actor's name: calendar words and the pronoun "I".</summary>
    private static readonly WordSet Never =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "ramadan", "eid",
    ];

    /// <summary>Words that close a place's name: "Qandil Mountains", "Qamishli airport", "Paks plant".</summary>
    public static readonly WordSet PlaceHeads =
    [
        "province", "region", "district", "city", "valley", "mountains", "mountain", "mount", "island", "islands", "sea", "gulf", "strait", "river",
        "lake", "airport", "port", "base", "airbase", "airfield", "camp", "bay", "peninsula", "desert", "corridor", "governorate", "oblast",
        "county", "village", "town", "refinery", "plant", "mine", "terminal", "oilfield", "dam", "crossing", "outpost", "compound", "spaceport",
    ];


    /// <summary>Words for peoples and faiths: a run with one is a collective ("Shiite Muslims", "Sunni Arabs"), not a person's name.</summary>
    public static readonly WordSet PeopleWords =
    [
        "muslim", "muslims", "shiite", "shiites", "shia", "shi'ite", "shi'ites", "sunni", "sunnis", "alawite", "alawites", "christian", "christians",
        "jew", "jews", "jewish", "kurd", "kurds", "kurdish", "arab", "arabs", "druze", "catholic", "catholics", "orthodox", "protestant", "protestants",
        "buddhist", "buddhists", "hindu", "hindus", "islamic", "islamist", "islamists", "jihadist", "jihadists", "salafi", "salafist", "salafists",
        "tuareg", "tuaregs", "pashtun", "pashtuns", "baloch", "hazara", "hazaras", "yazidi", "yazidis", "rohingya", "tamil", "tamils", "uyghur",
        "uyghurs", "sikh", "sikhs", "western", "eastern", "northern", "southern", "central", "arabic", "english", "french", "persian",
        "european", "asian", "african", "american", "latin", "soviet", "ottoman", "nordic", "scandinavian", "balkan", "caucasian", "slavic",
    ];

    /// <summary>The modifiers a hyphen makes of a name: "Yemen-based", "Iran-backed", "Panama-flagged".</summary>
    public static readonly WordSet ModifierSuffixes =
    [
        "based", "backed", "made", "built", "led", "linked", "owned", "flagged", "registered", "headquartered", "funded", "sponsored",
        "aligned", "affiliated", "controlled", "run", "supported", "allied", "designated", "listed", "sanctioned", "style", "era",
    ];

    /// <summary>Suffixes after which the name before the hyphen is where an organization sits: "UAE-based", "Panama-registered".</summary>
    public static readonly WordSet SeatSuffixes = ["based", "registered", "headquartered", "incorporated"];

    /// <summary>A word that can be part of a name: capitalized, or a lower-case Arabic article fused to a capitalized word ("al-Kinai").</summary>
    public static bool IsNameWord(SentenceAnalysis s, int k)
    {
        if (k < 0 || k >= s.Tokens.Count) return false;
        var t = s.Tokens[k];
        // Most words are lower case: the cheap tests first, since this runs for every token.
        if (!t.IsCapitalized && !(t.Shape == TokenShape.Word && t.Text.Length > 3 && (t.Text[2] == '-' || t.Text[3] == '-') && ArticlePrefixLength(t.Text) > 0)) return false;
        return !Never.Contains(t) && !(t.Text.Length > 3 && CalendarWords.Month(t.Lower) > 0);
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
    public static string? ModifierSuffix(in Token t)
    {
        var dash = t.Lower.LastIndexOf('-');
        if (dash <= 0) return null;
        var rest = t.Lower[(dash + 1)..];
        return ModifierSuffixes.Contains(rest) ? rest : null;
    }

    /// <summary>"840" after "Unit", "13th" before "Research Institute": numbers that can belong to a name (not years).</summary>
    public static bool IsNumberPart(in Token t) =>
        t.Shape == TokenShape.Number && t.Text.Length <= 6 && !t.Text.Contains('.') && !IsYear(t.Text) || t.Shape == TokenShape.Word && char.IsDigit(t.Text[0]) && IsOrdinal(t.Lower);

    private static bool IsYear(string text) => text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal));

    public static bool IsOrdinal(string lower) =>
        lower.Length >= 3 && char.IsDigit(lower[0]) && (lower.EndsWith("st", StringComparison.Ordinal) || lower.EndsWith("nd", StringComparison.Ordinal)
            || lower.EndsWith("rd", StringComparison.Ordinal) || lower.EndsWith("th", StringComparison.Ordinal));
}
