using System.Globalization;
using System.Text;

namespace Entente.Knowledge;

/// <summary>
/// The comparison key of a name: accents folded (<see cref="LatinFolding"/>; combining marks of decomposed text
/// dropped), case folded, punctuation to single spaces, leading "the" dropped.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var ch in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                if (LatinFolding.Of(ch) is { } folded) sb.Append(folded);
                else sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (ch is not ('\'' or '’' or '.')) space = true;
        }
        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
