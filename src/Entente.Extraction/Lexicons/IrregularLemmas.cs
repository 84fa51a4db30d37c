using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>A lemma a form inflects, and as which part of speech: "shot" → (shoot, verb).</summary>
public readonly record struct LemmaEntry(string Lemma, PartOfSpeech Pos);

/// <summary>
/// The lemmas of English verb and noun forms that the regular rules (-s, -es, -ed, -ing, -ies) do not undo:
/// "shot" → shoot, "underwrote" → underwrite, "men" → man, "shipped" → ship (lexicons/lemmas.tsv, derived from
/// WordNet 3.0's exception lists by `entente lexicon build`). Regular forms are not listed.
/// </summary>
public sealed class IrregularLemmas
{
    /// <summary>The embedded table's name; `entente lexicon build` writes a file of this name.</summary>
    public const string FileName = "lemmas.tsv";

    /// <summary>The table's columns, in order, as its builder writes them and this class reads them.</summary>
    public static readonly string[] Columns = ["form", "lemma", "pos"];

    private readonly WordEntries<LemmaEntry> _forms;

    /// <summary>Loads the table embedded in this assembly.</summary>
    public IrregularLemmas() : this(LexiconFiles.Read(FileName, Columns.Length), "lexicons/" + FileName)
    {
    }

    private IrregularLemmas(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        var entries = new List<(string, LemmaEntry)>();
        foreach (var (line, cols) in rows)
        {
            if (!PartsOfSpeech.TryParse(cols[2], out var pos))
                throw new FormatException($"{path}:{line}: '{cols[2]}' is not a part of speech (verb or noun)");
            entries.Add((cols[0], new LemmaEntry(cols[1], pos)));
        }
        _forms = new WordEntries<LemmaEntry>(entries);
    }

    /// <summary>Reads a table in the same format from a file (one just built, say); errors name the file and line.</summary>
    public static IrregularLemmas Load(string path)
    {
        using var reader = new StreamReader(path);
        return new IrregularLemmas(LexiconFiles.Read(reader, path, Columns.Length), path);
    }

    public int FormCount => _forms.WordCount;

    /// <summary>The lemmas an irregular form inflects; empty for a regular form or an unknown word.</summary>
    public ReadOnlySpan<LemmaEntry> Of(in Token token) => _forms[token];

    public ReadOnlySpan<LemmaEntry> Of(string lowerWord) => _forms[lowerWord];
}
