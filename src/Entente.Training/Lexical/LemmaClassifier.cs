using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>A lemma in a class, and its distance in hops from the class's nearest seed.</summary>
public sealed record ClassifiedLemma(string Lemma, PartOfSpeech Pos, LexicalClass Class, int Hops);

/// <summary>
/// Gives a lemma a class when one of its first <see cref="FirstSenses"/> senses (WordNet orders senses most
/// frequent first) is in the class's expanded synsets and the tagged corpus behind that order saw it at least once:
/// the polysemy guard, so that "shell" is attack through its first sense but "lead" is not transport, nor "surprise"
/// attack, through a rare one. A lemma none of whose senses the tagged corpus saw ("fund", "bankroll") has no
/// frequency order, so each of its senses counts; and a seed's own lemma keeps its seeded
/// sense whatever its rank ("occupy" as a military act is its 5th sense). Only single words are classified (letters and
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
        WordNetDatabase wordNet, IReadOnlyDictionary<LexicalClass, ExpandedClass> classes)
    {
        foreach (var pos in new[] { PartOfSpeech.Verb, PartOfSpeech.Noun })
            foreach (var (lemma, senses, tagged) in wordNet.Lemmas(pos))
            {
                if (!IsSingleWord(lemma)) continue;
                var open = tagged == 0 ? senses.Count : Math.Min(FirstSenses, tagged);
                foreach (var cls in LexicalClassIds.All)
                {
                    if (!classes.TryGetValue(cls, out var expanded)) continue;
                    var best = int.MaxValue;
                    for (var i = 0; i < senses.Count; i++)
                    {
                        var id = new SynsetId(pos, senses[i]);
                        if ((i < open || expanded.SeedSenses.Contains((lemma, id))) && expanded.Hops.TryGetValue(id, out var hops))
                            best = Math.Min(best, hops);
                    }
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
