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

    private readonly WordTable<UInt128> _words;
    // Suffix rules by their last two letters, so a word is compared with the few that could match it, not with all.
    private readonly Dictionary<int, (string Suffix, UInt128 Classes)[]> _suffixes;

    /// <summary>Loads the table embedded in this assembly.</summary>
    public WordClasses() : this(LexiconFiles.Read(FileName, 2), "lexicons/" + FileName)
    {
    }

    private WordClasses(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        // One bit per class in a UInt128: a 129th class needs a wider set.
        if (WordClassIds.All.Count > 128) throw new InvalidOperationException("more word classes than bits in a UInt128");
        var words = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var seen = UInt128.Zero;
        foreach (var (line, cols) in rows)
        {
            var classes = UInt128.Zero;
            foreach (var id in cols[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!WordClassIds.TryParse(id, out var c))
                    throw new FormatException($"{path}:{line}: '{id}' is not a word class (known: {string.Join(", ", WordClassIds.All.Select(x => x.ToId()))})");
                classes |= Bit(c);
            }
            seen |= classes;
            foreach (var form in LexiconFiles.Forms(cols[0]))
            {
                // Tokens are looked up by their lower-cased text, so a capital in the file could never match.
                if (form != form.ToLowerInvariant())
                    throw new FormatException($"{path}:{line}: '{form}' must be written in lower case");
                var (table, word) = form.Length > 1 && form[0] == '*' ? (suffixes, form[1..]) : (words, form);
                if (table == suffixes && word.Length < 2) throw new FormatException($"{path}:{line}: a suffix rule needs at least two letters ('{form}')");
                table[word] = table.GetValueOrDefault(word) | classes;
            }
        }
        // Code asks about every class; one with no words would quietly answer "no" everywhere.
        foreach (var c in WordClassIds.All)
            if ((seen & Bit(c)) == 0)
                throw new FormatException($"{path}: the word class '{c.ToId()}' has no words");
        _words = new WordTable<UInt128>(words);
        _suffixes = suffixes.GroupBy(s => Tail(s.Key)).ToDictionary(g => g.Key, g => g.Select(s => (s.Key, s.Value)).ToArray());
    }

    /// <summary>Reads a table in the same format from any reader; errors name it <paramref name="path"/> with the line.</summary>
    public static WordClasses Load(TextReader reader, string path) => new(LexiconFiles.Read(reader, path, 2), path);

    public bool Is(in Token token, WordClass c)
    {
        _words.TryGetValue(token, out var classes);
        return ((classes | SuffixClasses(token.Lower)) & Bit(c)) != 0;
    }

    /// <summary>Whether a lower-cased word (a preposition already found, say) is in the class.</summary>
    public bool Is(string lowerWord, WordClass c)
    {
        _words.TryGetValue(lowerWord, out var classes);
        return ((classes | SuffixClasses(lowerWord)) & Bit(c)) != 0;
    }

    /// <summary>The words listed in a class, without the suffix rules: what the documentation and tests show.</summary>
    public IEnumerable<string> WordsOf(WordClass c) => _words.Words.Where(w => Is(w, c)).Order(StringComparer.Ordinal);

    private UInt128 SuffixClasses(string lower)
    {
        var classes = UInt128.Zero;
        if (lower.Length < 2 || !_suffixes.TryGetValue(Tail(lower), out var candidates)) return classes;
        foreach (var (suffix, more) in candidates)
            if (lower.EndsWith(suffix, StringComparison.Ordinal)) classes |= more;
        return classes;
    }

    private static int Tail(string word) => word[^2] << 16 | word[^1];

    private static UInt128 Bit(WordClass c) => UInt128.One << (int)c;
}
