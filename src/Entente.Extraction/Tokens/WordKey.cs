namespace Entente.Extraction.Tokens;

/// <summary>
/// A cheap hash of a lower-cased word, computed once per token when it is made. Every lexicon a token is
/// looked up in (names, triggers, cues, times, role nouns …) probes a <see cref="Lexicons.WordTable{T}"/>
/// with it, so a token is hashed once instead of once per lexicon; nearly all probes miss at an empty slot.
/// </summary>
public static class WordKey
{
    /// <summary>FNV-1a over the UTF-16 code units, with a final mix so the low bits (the table slot) depend on every character.</summary>
    public static int Of(string word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        return (int)(h ^ (h >> 12));
    }
}
