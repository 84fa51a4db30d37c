namespace Entente.Evaluation;

/// <summary>
/// A folder of annotated documents: every NAME.txt with its NAME.gold.json (or a single gold.json that names
/// its text in "document", the seed's layout), sorted by name, and the alias table that resolves names to the
/// gold keys. Loading refuses a folder with any problem, listing all of them.
/// </summary>
public sealed class GoldCorpus
{
    private const string GoldSuffix = ".gold.json";
    private const string LoneGold = "gold.json";

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
        var pairs = Pairs(files, problems);
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

    /// <summary>Each gold file with the name and text it goes with; two gold files for one text is a problem.</summary>
    private static List<(string Name, string GoldPath, string TextPath)> Pairs(List<string> files, List<GoldProblem> problems)
    {
        var pairs = new List<(string Name, string GoldPath, string TextPath)>();
        foreach (var gold in files)
        {
            var fileName = Path.GetFileName(gold);
            var named = fileName.EndsWith(GoldSuffix, StringComparison.Ordinal) || fileName == LoneGold
                ? GoldFileReader.NamedDocument(gold, problems)
                : null;
            string text;
            if (fileName.EndsWith(GoldSuffix, StringComparison.Ordinal))
            {
                text = fileName[..^GoldSuffix.Length] + ".txt";
                if (named is not null && named != text)
                    problems.Add(new GoldProblem(gold, null, $"names the document {named}, but {fileName} goes with {text}"));
            }
            else if (fileName == LoneGold && named is not null) text = named;
            else
            {
                if (fileName == LoneGold) problems.Add(new GoldProblem(gold, null, "a gold.json names its text in \"document\""));
                continue;
            }
            var textPath = Path.Combine(Path.GetDirectoryName(gold)!, text);
            if (pairs.Any(p => p.TextPath == textPath))
                problems.Add(new GoldProblem(gold, null, $"{text} already has a gold file"));
            else pairs.Add((Path.GetFileNameWithoutExtension(text), gold, textPath));
        }
        return pairs;
    }
}
