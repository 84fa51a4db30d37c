using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Coreference;

/// <summary>What a definite phrase of lexicons/collective-references.tsv points back to; the file writes the kebab-case id.</summary>
public enum CollectiveReference
{
    /// <summary>"the two allies", "both countries": the last two actors named together, or the last two countries.</summary>
    Pair,
    /// <summary>"the former": the first of the last actors named together.</summary>
    Former,
    /// <summary>"the latter": the last of them.</summary>
    Latter,
    /// <summary>"the junta", "the country": a regime named shortly before, or the state the sentence is about.</summary>
    Regime,
    /// <summary>"the militia", "the armed group": the last group named before.</summary>
    Group,
}

/// <summary>Reads lexicons/collective-references.tsv into the phrase table coreference matches sentences against.</summary>
public static class CollectiveReferences
{
    /// <summary>The embedded table's name.</summary>
    public const string FileName = "collective-references.tsv";

    /// <summary>Loads the table embedded in this assembly.</summary>
    public static PhraseTable<CollectiveReference> Load() => Load(LexiconFiles.Read(FileName, 2), "lexicons/" + FileName);

    /// <summary>
    /// The nouns the table's "the …" phrases for a <see cref="CollectiveReference.Group"/> end with ("group", "militia",
    /// "organization"): the heads a description with modifiers may end with too ("the Iran-backed militia").
    /// </summary>
    public static WordSet GroupHeads(PhraseTable<CollectiveReference> table) =>
        [.. table.TwoWordPhrasesAfter("the").Where(p => p.Value == CollectiveReference.Group).Select(p => p.Word)];

    /// <summary>Reads a table in the same format from any reader; errors name it <paramref name="path"/> with the line.</summary>
    public static PhraseTable<CollectiveReference> Load(TextReader reader, string path) => Load(LexiconFiles.Read(reader, path, 2), path);

    private static PhraseTable<CollectiveReference> Load(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        var table = new PhraseTable<CollectiveReference>();
        foreach (var (line, cols) in rows)
        {
            var reference = Parse(cols[1], path, line);
            foreach (var phrase in LexiconFiles.Forms(cols[0])) table.Add(phrase, reference);
        }
        return table;
    }

    private static CollectiveReference Parse(string id, string path, int line) =>
        KebabIds<CollectiveReference>.TryParse(id, out var r) ? r
        : throw new FormatException($"{path}:{line}: '{id}' is not a collective reference (known: {KebabIds<CollectiveReference>.Known})");
}
