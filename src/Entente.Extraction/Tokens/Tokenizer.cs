namespace Entente.Extraction.Tokens;

/// <summary>
/// Splits text into tokens without regular expressions: words keep inner hyphens ("Russo-Iranian",
/// "S-300", "mid-1995"), numbers keep thousands separators ("2,400"), dotted initialisms stay whole
/// ("U.S.", and "U.S.-backed" with the word they are hyphened to), and a possessive "'s" is a token of its own.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        TokenizeInto(text, start, end, tokens);
        return tokens;
    }

    /// <summary>
    /// Tokenizes into <paramref name="scratch"/> (cleared first), then copies the tokens into a list of exactly their number:
    /// a document's sentences share one scratch list, so no sentence's list grows by doubling and leaves its old arrays behind.
    /// </summary>
    public static List<Token> Tokenize(string text, int start, int end, List<Token> scratch)
    {
        scratch.Clear();
        TokenizeInto(text, start, end, scratch);
        return new List<Token>(scratch);
    }

    private static void TokenizeInto(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var j = Initialism(text, i, end);
                if (j == i) j = WordEnd(text, i, end);
                // "U.S.-backed", "U.K.-made": an initialism joined to the word after it by a hyphen is one compound, as "US-backed" is.
                else if (j + 1 < end && text[j] is '-' or '‑' && char.IsLetter(text[j + 1])) j = WordEnd(text, j + 1, end);
                tokens.Add(Make(text, i, j));
                i = j;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])) && i > start && char.IsLetterOrDigit(text[i - 1]))
            {
                tokens.Add(new Token(i, i + 2, text.Substring(i, 2), "'s", TokenShape.Word));
                i += 2;
                continue;
            }
            var one = OneChar(c);
            tokens.Add(new Token(i, i + 1, one, IsApostrophe(c) ? "'" : one, TokenShape.Punct));
            i++;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    /// <summary>Punctuation is a third of all tokens: ASCII marks share one string each instead of two new ones per token.</summary>
    private static readonly string[] AsciiChars = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static string OneChar(char c) => c < AsciiChars.Length ? AsciiChars[c] : c.ToString();

    private static Token Make(string text, int start, int end)
    {
        var s = text.Substring(start, end - start);
        var shape = char.IsDigit(s[0]) && IsNumber(s) ? TokenShape.Number : TokenShape.Word;
        return new Token(start, end, s, s.ToLowerInvariant().Replace('’', '\''), shape);
    }

    private static bool IsNumber(string s)
    {
        foreach (var c in s)
            if (!(char.IsDigit(c) || c is ',' or '.')) return false;
        return true;
    }

    /// <summary>"U.S.", "U.K.", "e.g.": single letters each followed by a dot, at least two of them.</summary>
    private static int Initialism(string text, int i, int end)
    {
        if (!(i + 3 < end && char.IsLetter(text[i]) && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.')) return i;
        var j = i + 4;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2]))) j += 2;
        return j;
    }

    private static int WordEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var ch = text[j];
            if (char.IsLetterOrDigit(ch)) { j++; continue; }
            var next = j + 1 < end ? text[j + 1] : '\0';
            if (ch is '-' or '‑' && j > i && char.IsLetterOrDigit(next)) { j++; continue; }
            if (ch == ',' && char.IsDigit(text[j - 1]) && ThreeDigits(text, j + 1, end)) { j++; continue; }
            if (ch == '.' && char.IsDigit(text[j - 1]) && char.IsDigit(next)) { j++; continue; }
            break;
        }
        return j;
    }

    private static bool ThreeDigits(string text, int at, int end) =>
        at + 2 < end && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && (at + 3 >= end || !char.IsDigit(text[at + 3]));
}
