using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// One reading of a word form: the lemma it inflects ("bankrolled" → bankroll), as which part of speech, the
/// <see cref="LexicalClass"/> that reading falls in, and how many WordNet links (troponym, hyponym, derived
/// form) separate it from a seed sense of that class: 0 for a seed's own words, more for words further away.
/// </summary>
public readonly record struct LexicalEntry(string Lemma, PartOfSpeech Pos, LexicalClass Class, int Hops);

/// <summary>
/// The lexical classes of English verb and noun forms (lexicons/lexical-classes.tsv, derived from WordNet 3.0 by
/// `entente lexicon build`), so that a word no rule or training sentence has shown still says what kind of act
/// it names. Looked up by token with the hash it carries; a lookup allocates nothing. Load it once and share it.
/// </summary>
public sealed class LexicalClasses
{
    /// <summary>The embedded table's name; `entente lexicon build` writes a file of this name.</summary>
    public const string FileName = "lexical-classes.tsv";

    /// <summary>The table's columns, in order, as its builder writes them and this class reads them.</summary>
    public static readonly string[] Columns = ["form", "lemma", "pos", "class", "hops"];

    private readonly WordEntries<LexicalEntry> _forms;

    /// <summary>Loads the table embedded in this assembly.</summary>
    public LexicalClasses() : this(LexiconFiles.Read(FileName, Columns.Length), "lexicons/" + FileName)
    {
    }

    private LexicalClasses(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<(string, LexicalEntry)>();
        foreach (var (line, cols) in rows)
        {
            if (!PartsOfSpeech.TryParse(cols[2], out var pos))
                throw new FormatException($"{path}:{line}: '{cols[2]}' is not a part of speech (verb or noun)");
            if (!LexicalClassIds.TryParse(cols[3], out var cls))
                throw new FormatException($"{path}:{line}: '{cols[3]}' is not a lexical class");
            if (!int.TryParse(cols[4], out var hops) || hops < 0)
                throw new FormatException($"{path}:{line}: hops must be a whole number from 0, not '{cols[4]}'");
            // Each lemma is one string however many forms and classes it has: the table has far more rows than lemmas.
            if (!lemmas.TryGetValue(cols[1], out var lemma)) lemmas[cols[1]] = lemma = cols[1];
            entries.Add((cols[0], new LexicalEntry(lemma, pos, cls, hops)));
        }
        _forms = new WordEntries<LexicalEntry>(entries);
        LemmaCount = lemmas.Count;
    }

    /// <summary>Reads a table in the same format from a file (one just built, say); errors name the file and line.</summary>
    public static LexicalClasses Load(string path)
    {
        using var reader = new StreamReader(path);
        return new LexicalClasses(LexiconFiles.Read(reader, path, Columns.Length), path);
    }

    /// <summary>How many distinct forms the table knows.</summary>
    public int FormCount => _forms.WordCount;

    /// <summary>How many (form, part of speech, class) rows it has.</summary>
    public int EntryCount => _forms.EntryCount;

    public int LemmaCount { get; }

    /// <summary>Every reading of the token's lower-cased text; empty for a word in no class.</summary>
    public ReadOnlySpan<LexicalEntry> Of(in Token token) => _forms[token];

    /// <summary>Every reading of a lower-cased word; empty for a word in no class.</summary>
    public ReadOnlySpan<LexicalEntry> Of(string lowerWord) => _forms[lowerWord];

    /// <summary>Whether any reading of the token falls in the class.</summary>
    public bool Has(in Token token, LexicalClass cls)
    {
        foreach (var e in _forms[token])
            if (e.Class == cls) return true;
        return false;
    }
}
