namespace Entente.Extraction.Lexicons;

/// <summary>
/// Reads the lexicon files embedded in this assembly (Lexicons/*.tsv): one entry a line, tab-separated
/// columns, '#' starts a comment. A bad line fails with the file name and line number.
/// </summary>
public static class LexiconFiles
{
    public static IEnumerable<(int Line, string[] Columns)> Read(string name, int minColumns)
    {
        var asm = typeof(LexiconFiles).Assembly;
        using var stream = asm.GetManifestResourceStream("lexicons/" + name)
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Read(reader, "lexicons/" + name, minColumns);
    }

    /// <summary>Reads a lexicon in the same format from any reader (a table just built, say); errors name it <paramref name="path"/>.</summary>
    public static IEnumerable<(int Line, string[] Columns)> Read(TextReader reader, string path, int minColumns)
    {
        var lines = new List<(int, string[])>();
        foreach (var (n, line) in Core.Files.DataFileLines.Read(reader))
        {
            var cols = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < minColumns)
                throw new FormatException($"{path}:{n}: expected {minColumns} tab-separated columns, found {cols.Length}");
            lines.Add((n, cols));
        }
        return lines;
    }

    /// <summary>Expands "suppl(y|ies|ied|ying)"-free alternation "supply|supplies|supplied" into its forms.</summary>
    public static IEnumerable<string> Forms(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static HashSet<string> WordSet(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, cols) in Read(name, 1))
            foreach (var f in Forms(cols[0])) set.Add(f.ToLowerInvariant());
        return set;
    }

    /// <summary>A phrase table whose second column is a relation id, checked at load: an unknown one fails with the file and line.</summary>
    public static PhraseTable<string> RelationPhraseSet(string name) => RelationPhrases(Read(name, 2), "lexicons/" + name);

    /// <summary>The same from any reader; errors name it <paramref name="path"/>.</summary>
    public static PhraseTable<string> RelationPhraseSet(TextReader reader, string path) => RelationPhrases(Read(reader, path, 2), path);

    private static PhraseTable<string> RelationPhrases(IEnumerable<(int Line, string[] Columns)> lines, string path)
    {
        var table = new PhraseTable<string>();
        foreach (var (line, cols) in lines)
        {
            if (!Core.Ontology.RelationTypes.IsKnown(cols[1]))
                throw new FormatException($"{path}:{line}: '{cols[1]}' is not a relation type of the ontology");
            foreach (var f in Forms(cols[0])) table.Add(f, cols[1]);
        }
        return table;
    }

    public static PhraseTable<string> PhraseSet(string name)
    {
        var table = new PhraseTable<string>();
        foreach (var (_, cols) in Read(name, 1))
            foreach (var f in Forms(cols[0])) table.Add(f, cols.Length > 1 ? cols[1] : f);
        return table;
    }
}
