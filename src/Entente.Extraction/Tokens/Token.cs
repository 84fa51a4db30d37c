namespace Entente.Extraction.Tokens;

public enum TokenShape : byte { Word, Number, Punct }

/// <summary>
/// One word, number or punctuation mark of a sentence, with its offsets into the document text.
/// <see cref="Lower"/> is the lower-cased text with typographic apostrophes made plain: lexicons key on it.
/// </summary>
public readonly record struct Token(int Start, int End, string Text, string Lower, TokenShape Shape)
{
    /// <summary>The hash of <see cref="Lower"/> that lexicon tables probe with (<see cref="WordKey"/>); it fits in the struct's padding.</summary>
    public int Key { get; } = WordKey.Of(Lower);

    public bool IsWord => Shape == TokenShape.Word;

    public bool IsCapitalized => Shape == TokenShape.Word && char.IsUpper(Text[0]);

    /// <summary>All letters upper case and at least two of them: "US", "CAR", "IRGC".</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
            return letters >= 2;
        }
    }

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
