using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>A lemma in a class, and its distance in hops from the class's nearest seed.</summary>
public sealed record ClassifiedLemma(string Lemma, PartOfSpeech Pos, LexicalClass Class, int Hops);

/// <summary>
/// Gives a lemma a class when one of its first <see cref="FirstSenses"/> senses (WordNet orders senses most
/// frequent first) is in the class's expanded synsets: the polysemy guard, so that "shell" is attack through its
/// first sense but "lead" is not transport through a rare one. Only single words are classified (letters and
/// inner hyphens: "bankroll", "mass-produce"): a token never holds WordNet's multi-word lemmas ("prop_up").
/// </summary>
public static class LemmaClassifier
{
    /// <summary>
    /// How many of a lemma's most frequent senses may carry a class. Four lets "strike" (its 4th sense is the
    /// military one) be attack while the 10th to 44th senses of "give", "take" or "make" carry nothing.
    /// </summary>
    public const int FirstSenses = 4;

    public static IEnumerable<ClassifiedLemma> Classify(
        WordNetDatabase wordNet, IReadOnlyDictionary<LexicalClass, IReadOnlyDictionary<SynsetId, int>> classes)
    {
        foreach (var pos in new[] { PartOfSpeech.Verb, PartOfSpeech.Noun })
            foreach (var (lemma, senses) in wordNet.Lemmas(pos))
            {
                if (!IsSingleWord(lemma)) continue;
                foreach (var cls in LexicalClassIds.All)
                {
                    if (!classes.TryGetValue(cls, out var synsets)) continue;
                    var best = int.MaxValue;
                    for (var i = 0; i < Math.Min(FirstSenses, senses.Length); i++)
                        if (synsets.TryGetValue(new SynsetId(pos, senses[i]), out var hops)) best = Math.Min(best, hops);
                    if (best != int.MaxValue) yield return new ClassifiedLemma(lemma, pos, cls, best);
                }
            }
    }

    /// <summary>Letters, with hyphens only between them: what the tokenizer keeps as one word.</summary>
    public static bool IsSingleWord(string lemma)
    {
        if (lemma.Length < 2 || !char.IsAsciiLetterLower(lemma[0]) || !char.IsAsciiLetterLower(lemma[^1])) return false;
        foreach (var c in lemma)
            if (!char.IsAsciiLetterLower(c) && c != '-') return false;
        return !lemma.Contains("--", StringComparison.Ordinal);
    }
}
