using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// The form in which the gold scorer compares names: score.py's <c>norm</c>, step for step, so that a name
/// resolves to the same gold key here as there. Accents are folded (NFKD without combining marks, through
/// <see cref="NameFolding"/>), case is lowered, a leading "the", "a" or "an" and a trailing "'s" are dropped,
/// and every run of characters other than a-z and 0-9 becomes one space.
/// </summary>
public static class AliasNames
{
    private static readonly string[] LeadingArticles = ["the", "a", "an"];

    public static string Normalize(string? text)
    {
        var folded = new StringBuilder(text?.Length ?? 0);
        foreach (var rune in (text ?? "").EnumerateRunes()) NameFolding.Append(folded, rune);
        var s = WithoutLeadingArticle(TrimPythonSpace(folded.ToString()));
        if (s.EndsWith("'s", StringComparison.Ordinal)) s = s[..^2];
        return AsciiWords(s);
    }

    /// <summary>The regular expression ^(the|a|an)\s+ on the stripped text: the first article followed by white space.</summary>
    private static string WithoutLeadingArticle(string s)
    {
        foreach (var article in LeadingArticles)
        {
            if (s.Length <= article.Length || !s.StartsWith(article, StringComparison.Ordinal) || !IsPythonSpace(s[article.Length])) continue;
            var i = article.Length;
            while (i < s.Length && IsPythonSpace(s[i])) i++;
            return s[i..];
        }
        return s;
    }

    /// <summary>[^a-z0-9]+ to one space, then stripped.</summary>
    private static string AsciiWords(string s)
    {
        var sb = new StringBuilder(s.Length);
        var gap = false;
        foreach (var c in s)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (gap && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                gap = false;
            }
            else gap = true;
        }
        return sb.ToString();
    }

    private static string TrimPythonSpace(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsPythonSpace(s[start])) start++;
        while (end > start && IsPythonSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary>Python's str.isspace on folded text, where other white space is already ' ': \t to \r, U+001C to U+001F, ' '.</summary>
    private static bool IsPythonSpace(char c) => c is (>= '\t' and <= '\r') or (>= '\u001c' and <= ' ');
}
