using System.Text;

namespace Entente.Core.Ontology;

/// <summary>
/// Between a C# name and the ontology's kebab-case ids (ArmsTransfer ↔ arms-transfer), so a member or an enum value
/// can name an id of the data file without repeating it as a string.
/// </summary>
public static class KebabCase
{
    public static string FromPascal(string name)
    {
        var b = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) b.Append('-');
            b.Append(char.ToLowerInvariant(name[i]));
        }
        return b.ToString();
    }

    /// <summary>The enum value whose kebab-case name is <paramref name="text"/>, matched exactly.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
            if (FromPascal(v.ToString()) == text)
            {
                value = v;
                return true;
            }
        value = default;
        return false;
    }
}
