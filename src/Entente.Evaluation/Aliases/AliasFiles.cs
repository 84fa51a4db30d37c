namespace Entente.Evaluation;

/// <summary>
/// Which alias tables a gold folder is scored with, in reading order: aliases.json in the folder's parent, then
/// in each sibling folder that holds gold files (by name), then in the folder itself. For
/// ../shared/eval/dev that is eval/, dev/ and train/: what score_set.py loads. Siblings without gold files
/// are passed over, so that a gold folder in a home or temp directory does not pick up unrelated files.
/// </summary>
public static class AliasFiles
{
    public const string FileName = "aliases.json";

    public static IReadOnlyList<string> For(string goldDirectory)
    {
        var folder = Path.GetFullPath(goldDirectory);
        var found = new List<string>();
        void Add(string dir)
        {
            var file = Path.Combine(dir, FileName);
            if (File.Exists(file) && !found.Contains(file)) found.Add(file);
        }
        if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) is { } parent)
        {
            Add(parent);
            foreach (var sibling in Siblings(parent).Where(HoldsGold)) Add(sibling);
        }
        Add(folder);
        return found;
    }

    private static IEnumerable<string> Siblings(string parent)
    {
        try
        {
            return Directory.GetDirectories(parent).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [];
        }
    }

    private static bool HoldsGold(string dir)
    {
        try
        {
            return Directory.EnumerateFiles(dir).Any(f => f.EndsWith(".gold.json", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
