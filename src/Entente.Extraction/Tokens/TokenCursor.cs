using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Tokens;

/// <summary>
/// A position in a sentence's tokens that moves over words of a <see cref="WordClass"/>: the one way frames and
/// stages skip adverbs, articles or auxiliaries. <see cref="At"/> may run one past either end; asking there says no.
/// </summary>
public readonly record struct TokenCursor(IReadOnlyList<Token> Tokens, WordClasses Words, int At)
{
    public bool InRange => At >= 0 && At < Tokens.Count;

    /// <summary>Whether the token here is in the class; false off either end.</summary>
    public bool Is(WordClass c) => InRange && Words.Is(Tokens[At], c);

    /// <summary>Moves right past words of the class, stopping at <paramref name="limit"/> (exclusive) or the end.</summary>
    public TokenCursor Skip(WordClass c, int limit = int.MaxValue)
    {
        var k = At;
        var end = Math.Min(limit, Tokens.Count);
        while (k >= 0 && k < end && Words.Is(Tokens[k], c)) k++;
        return this with { At = k };
    }

    /// <summary>Moves left past words of the class, stopping before <paramref name="floor"/> or at -1.</summary>
    public TokenCursor SkipBack(WordClass c, int floor = 0)
    {
        var k = At;
        while (k >= floor && k < Tokens.Count && Words.Is(Tokens[k], c)) k--;
        return this with { At = k };
    }

    /// <summary>Moves right past articles ("the", "a", "an").</summary>
    public TokenCursor SkipArticles(int limit = int.MaxValue) => Skip(WordClass.Article, limit);

    /// <summary>Moves left past articles.</summary>
    public TokenCursor SkipArticlesBack() => SkipBack(WordClass.Article);

    /// <summary>Moves right past adverbs of the given kind (<see cref="WordClass.ClauseAdverb"/> unless told).</summary>
    public TokenCursor SkipAdverbs(WordClass kind = WordClass.ClauseAdverb, int limit = int.MaxValue) => Skip(kind, limit);

    /// <summary>Moves left past adverbs of the given kind.</summary>
    public TokenCursor SkipAdverbsBack(WordClass kind = WordClass.ClauseAdverb) => SkipBack(kind);
}
