namespace Entente.Extraction.Lexicons;

/// <summary>
/// The parts of speech the lexical tables cover: verbs and nouns, the words that name an act ("shelled",
/// "shelling"). Adjectives and adverbs carry no relation of their own and are left out.
/// </summary>
public enum PartOfSpeech : byte { Verb, Noun }

/// <summary>The ids the tables write for <see cref="PartOfSpeech"/>: "verb", "noun".</summary>
public static class PartsOfSpeech
{
    public static string ToId(this PartOfSpeech pos) => pos == PartOfSpeech.Verb ? "verb" : "noun";

    public static bool TryParse(string? id, out PartOfSpeech pos)
    {
        switch (id)
        {
            case "verb":
                pos = PartOfSpeech.Verb;
                return true;
            case "noun":
                pos = PartOfSpeech.Noun;
                return true;
            default:
                pos = default;
                return false;
        }
    }
}
