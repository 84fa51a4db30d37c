using System.Text.RegularExpressions;

namespace Entente.Embeddings;

/// <summary>
/// The lower-case words of a folder's texts, as extraction meets them (inflected: "shelled", not "shell"). Capitalized
/// tokens are left out, since most are names, and so are words seen fewer than <c>minCount</c> times.
/// </summary>
public static partial class TextVocabulary
{
    [GeneratedRegex(@"\b[a-z][a-z\-]{2,}\b")]
    private static partial Regex LowerWord();

    public static List<string> Read(string folder, int minCount) =>
        [.. Directory.GetFiles(folder, "*.txt")
            .SelectMany(f => LowerWord().Matches(File.ReadAllText(f)).Select(m => m.Value.Trim('-')))
            .Where(w => w.Length >= 3)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() >= minCount)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)];
}
