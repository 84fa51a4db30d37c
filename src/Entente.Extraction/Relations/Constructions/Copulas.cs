using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>The linking verbs that make a role or a membership a predicate of the clause's subject ("CAR became a Russian colony", "Armenia is a member of the CSTO").</summary>
internal static class Copulas
{
    private static readonly WordSet Words = ["is", "was", "are", "were", "became", "becomes", "become", "remains", "remained", "been", "be"];

    /// <summary>Whether a linking verb stands between two token positions.</summary>
    public static bool Between(SentenceAnalysis s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < s.Tokens.Count; k++)
            if (Words.Contains(s.Tokens[k])) return true;
        return false;
    }
}
