using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Sentences;

/// <summary>
/// Words whose trailing dot does not end a sentence: titles, months, Latin shorthands (lexicons/abbreviations.tsv).
/// Load it once and give it to the <see cref="SentenceSplitter"/>s that need it; it never changes after loading.
/// </summary>
public sealed class Abbreviations
{
    /// <summary>The embedded table's name.</summary>
    public const string FileName = "abbreviations.tsv";

    // Case-insensitive: "Gen." and "GEN." are the same abbreviation, and the splitter looks up the text as written.
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads the table embedded in this assembly.</summary>
    public Abbreviations() : this(LexiconFiles.Read(FileName, 1), "lexicons/" + FileName)
    {
    }

    private Abbreviations(IEnumerable<(int Line, string[] Columns)> rows, string path)
    {
        foreach (var (line, cols) in rows)
            foreach (var word in LexiconFiles.Forms(cols[0]))
            {
                // The splitter reads back over letters only and asks about them: any other character could never match.
                if (!word.All(char.IsAsciiLetterLower))
                    throw new FormatException($"{path}:{line}: '{word}' must be lower-case letters only");
                _words.Add(word);
            }
    }

    /// <summary>Reads a table in the same format from any reader; errors name it <paramref name="path"/> with the line.</summary>
    public static Abbreviations Load(TextReader reader, string path) => new(LexiconFiles.Read(reader, path, 1), path);

    /// <summary>The words listed, in order: what the documentation and tests show.</summary>
    public IEnumerable<string> Words => _words.Order(StringComparer.Ordinal);

    /// <summary>True when the word that ends just before <paramref name="dot"/> is an abbreviation or an initialism ("U.S", "e.g").</summary>
    public bool EndsWithAbbreviation(string text, int lineStart, int dot)
    {
        var i = dot;
        while (i > lineStart && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
        if (i == dot) return false;
        var word = text.AsSpan(i, dot - i);
        if (word.Contains('.')) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
