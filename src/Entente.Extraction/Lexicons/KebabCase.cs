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

/// <summary>
/// The kebab-case ids of an enum's members (<see cref="KebabCase"/>), made once per enum, and their parse: what a lexicon
/// file writes for a word class, a lexical class or a collective reference. The members are numbered 0, 1, 2 … in order.
/// </summary>
internal static class KebabIds<T> where T : struct, Enum
{
    private static readonly T[] Members = Enum.GetValues<T>();
    private static readonly string[] Ids = Members.Select(m => KebabCase.Of(m.ToString())).ToArray();

    public static IReadOnlyList<T> All => Members;

    /// <summary>The id of the member numbered <paramref name="index"/>.</summary>
    public static string At(int index) => Ids[index];

    public static bool TryParse(string? id, out T member)
    {
        var i = Array.IndexOf(Ids, id);
        member = i < 0 ? default : Members[i];
        return i >= 0;
    }

    /// <summary>Every id, for an error that lists what a file may write.</summary>
    public static string Known => string.Join(", ", Ids);
}
