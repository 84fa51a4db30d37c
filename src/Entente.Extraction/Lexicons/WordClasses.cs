using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// Which <see cref="WordClass"/>es each word falls in (lexicons/word-classes.tsv): one bit per class, looked up with
/// the hash a token carries, so asking allocates nothing. A line "*ly" puts every word ending in "ly" in its classes.
/// Load it once per pipeline and pass it to what reads sentences; it never changes after loading.
/// </summary>
public sealed class WordClasses
{
    /// <summary>The embedded table's name.</summary>
    public const string FileName = "word-classes.tsv";

    private readonly WordTable<WordClassBits> _words;
    private readonly (string Suffix, WordClassBits Classes)[] _suffixes;

    /// <summary>The classes some suffix line gives: only a question about one of these needs the suffixes tried.</summary>
    private readonly WordClassBits _suffixed;

    /// <summary>Loads the table embedded in this assembly.</summary>
    public WordClasses() : this(LexiconFiles.Read(FileName, 2), "lexicons/" + FileName)
    {
    }

    private WordClasses(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        // One bit per class: a class past the set's capacity needs a wider set.
        if (WordClassIds.All.Count > WordClassBits.Capacity) throw new InvalidOperationException($"more word classes than the {WordClassBits.Capacity} bits of a WordClassBits");
        var words = new Dictionary<string, WordClassBits>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, WordClassBits>(StringComparer.Ordinal);
        var seen = default(WordClassBits);
        foreach (var (line, cols) in rows)
        {
            var classes = default(WordClassBits);
            foreach (var id in cols[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!WordClassIds.TryParse(id, out var c))
                    throw new FormatException($"{path}:{line}: '{id}' is not a word class (known: {KebabIds<WordClass>.Known})");
                classes |= WordClassBits.Of(c);
            }
            seen |= classes;
            foreach (var form in LexiconFiles.Forms(cols[0]))
            {
                // Tokens are looked up by their lower-cased text, so a capital in the file could never match.
                if (form != form.ToLowerInvariant())
                    throw new FormatException($"{path}:{line}: '{form}' must be written in lower case");
                var (table, word) = form.Length > 1 && form[0] == '*' ? (suffixes, form[1..]) : (words, form);
                table[word] = table.GetValueOrDefault(word) | classes;
            }
        }
        // Code asks about every class; one with no words would quietly answer "no" everywhere.
        foreach (var c in WordClassIds.All)
            if (!seen.Has(c))
                throw new FormatException($"{path}: the word class '{c.ToId()}' has no words");
        _words = new WordTable<WordClassBits>(words);
        _suffixes = suffixes.Select(s => (s.Key, s.Value)).ToArray();
        foreach (var (_, classes) in _suffixes) _suffixed |= classes;
    }

    /// <summary>Reads a table in the same format from any reader; errors name it <paramref name="path"/> with the line.</summary>
    public static WordClasses Load(TextReader reader, string path) => new(LexiconFiles.Read(reader, path, 2), path);

    public bool Is(in Token token, WordClass c)
    {
        _words.TryGetValue(token, out var classes);
        return classes.Has(c) || _suffixed.Has(c) && SuffixClasses(token.Lower).Has(c);
    }

    /// <summary>Whether a lower-cased word (a preposition already found, say) is in the class.</summary>
    public bool Is(string lowerWord, WordClass c)
    {
        _words.TryGetValue(lowerWord, out var classes);
        return classes.Has(c) || _suffixed.Has(c) && SuffixClasses(lowerWord).Has(c);
    }

    /// <summary>The words listed in a class, without the suffix rules: what the documentation and tests show.</summary>
    public IEnumerable<string> WordsOf(WordClass c) => _words.Words.Where(w => Is(w, c)).Order(StringComparer.Ordinal);

    private WordClassBits SuffixClasses(string lower)
    {
        var classes = default(WordClassBits);
        foreach (var (suffix, more) in _suffixes)
            if (lower.EndsWith(suffix, StringComparison.Ordinal)) classes |= more;
        return classes;
    }
}
