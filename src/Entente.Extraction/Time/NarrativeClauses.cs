using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Time;

/// <summary>Where a clause of a sentence begins, and whether it is a relative clause that only describes something.</summary>
public static class NarrativeClauses
{
    /// <summary>The first token of the clause that holds token <paramref name="k"/> (clauses end at commas, brackets, dashes).</summary>
    public static int ClauseStart(SentenceAnalysis s, int k)
    {
        var clause = s.ClauseOf[k];
        while (k > 0 && s.ClauseOf[k - 1] == clause) k--;
        return k;
    }

    /// <summary>"…, which was founded in 1982, …": token <paramref name="k"/> is in a clause that opens with a relative word.</summary>
    public static bool InRelativeClause(SentenceAnalysis s, WordClasses words, int k)
    {
        var start = ClauseStart(s, k);
        return start > 0 && words.Is(s.Tokens[start], WordClass.NarrativeRelativeWord);
    }
}
