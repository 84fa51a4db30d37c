namespace Entente.Extraction.Lexicons;

/// <summary>The ids data files write for enum members: "ShareInformation" → "share-information", so an id follows its member's name and the two cannot drift apart.</summary>
internal static class KebabCase
{
    public static string Of(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (var ch in pascal)
        {
            if (char.IsUpper(ch) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
