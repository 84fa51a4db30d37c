using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>"according to the terms of the contract", "according to a deal signed in July": what follows "according to" cites no source.</summary>
public static class NonSources
{
    private static readonly WordSet Words = ["terms", "plan", "plans", "contract", "agreement", "deal", "law", "laws", "constitution", "rules", "schedule", "treaty"];

    /// <summary>True when the words from token <paramref name="k"/> on name a document's content rather than who said it.</summary>
    public static bool At(SentenceAnalysis s, int k)
    {
        if (k < s.Tokens.Count && s.Tokens[k].Lower is "the" or "a" or "an" or "its" or "their" or "this") k++;
        return k < s.Tokens.Count && Words.Contains(s.Tokens[k]);
    }
}
