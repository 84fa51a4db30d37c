using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>The linking verbs that make a role or a membership a predicate of the clause's subject ("CAR became a Russian colony", "Armenia is a member of the CSTO").</summary>
internal static class Copulas
{
    /// <summary>Whether a linking verb stands between two token positions.</summary>
    public static bool Between(SentenceAnalysis s, WordClasses words, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < s.Tokens.Count; k++)
            if (words.Is(s.Tokens[k], WordClass.Copula)) return true;
        return false;
    }
}
