using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Attribution;

/// <summary>"according to the terms of the contract", "according to a deal signed in July": what follows "according to" cites no source.</summary>
public static class NonSources
{
    /// <summary>True when the words from token <paramref name="k"/> on name a document's content rather than who said it.</summary>
    public static bool At(SentenceAnalysis s, WordClasses words, int k)
    {
        if (k < s.Tokens.Count && words.Is(s.Tokens[k], WordClass.NonSourceDeterminer)) k++;
        return k < s.Tokens.Count && words.Is(s.Tokens[k], WordClass.NonSourceNoun);
    }
}
