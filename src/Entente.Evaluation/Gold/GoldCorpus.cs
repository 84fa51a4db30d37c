namespace Entente.Evaluation;

/// <summary>
/// A folder of annotated documents: every NAME.txt with its NAME.gold.json, sorted by name, and the alias table
/// that resolves names to the gold keys. Loading refuses a folder with any problem, listing all of them.
/// </summary>
public sealed class GoldCorpus
{
    private const string GoldSuffix = ".gold.json";

    private GoldCorpus(string directory, IReadOnlyList<GoldDocument> documents, AliasTable aliases)
    {
        Directory = directory;
        Documents = documents;
        Aliases = aliases;
    }

    public string Directory { get; }
    public IReadOnlyList<GoldDocument> Documents { get; }
    public AliasTable Aliases { get; }

    /// <summary>
    /// Reads and checks a gold folder. Alias tables: those <see cref="AliasFiles.For"/> finds for the folder,
    /// then <paramref name="extraAliasFiles"/> in order. Throws <see cref="GoldFormatException"/>.
    /// </summary>
    public static GoldCorpus Load(string directory, IEnumerable<string>? extraAliasFiles = null)
    {
        if (!System.IO.Directory.Exists(directory)) throw new GoldFormatException([new GoldProblem(directory, null, "no such folder")]);
        var problems = new List<GoldProblem>();
        var files = System.IO.Directory.EnumerateFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var pairs = Pairs(files);
        var paired = pairs.Select(p => p.TextPath).ToHashSet(StringComparer.Ordinal);
        foreach (var text in files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal) && !paired.Contains(f)))
            problems.Add(new GoldProblem(text, null, $"has no gold file {Path.GetFileNameWithoutExtension(text)}{GoldSuffix}"));
        if (pairs.Count == 0 && problems.Count == 0)
            problems.Add(new GoldProblem(directory, null, $"holds no gold files (NAME{GoldSuffix} beside NAME.txt)"));

        var documents = pairs.Select(p => GoldFileReader.Read(p.Name, p.GoldPath, p.TextPath, problems)).OfType<GoldDocument>().ToList();
        var aliases = AliasTable.Empty;
        try
        {
            aliases = AliasTable.Load(AliasFiles.For(directory).Concat(extraAliasFiles ?? []));
        }
        catch (GoldFormatException e)
        {
            problems.AddRange(e.Problems);
        }
        // Grouped by file, each file's problems in the order of its lines.
        if (problems.Count > 0) throw new GoldFormatException(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList());
        return new GoldCorpus(directory, documents.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(), aliases);
    }

    /// <summary>Each NAME.gold.json with its name and the NAME.txt beside it.</summary>
    private static List<(string Name, string GoldPath, string TextPath)> Pairs(List<string> files) =>
        files.Where(f => f.EndsWith(GoldSuffix, StringComparison.Ordinal))
            .Select(gold =>
            {
                var name = Path.GetFileName(gold)[..^GoldSuffix.Length];
                return (name, gold, Path.Combine(Path.GetDirectoryName(gold)!, name + ".txt"));
            })
            .ToList();
}
