using System.Globalization;
using System.Text;

namespace Entente.Knowledge;

/// <summary>The comparison key of a name: accents folded, case folded, punctuation to single spaces, leading "the" dropped.</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (ch is not ('\'' or '’' or '.')) space = true;
        }
        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
