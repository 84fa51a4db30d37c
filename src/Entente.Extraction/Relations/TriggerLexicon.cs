using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Relations;

/// <summary>Trigger phrases (lexicons/triggers.tsv) and theme nouns (lexicons/themes.tsv), loaded once, with the word
/// classes the frames that read their arguments ask about.</summary>
public sealed class TriggerLexicon
{
    public PhraseTable<TriggerEntry[]> Triggers { get; } = new();
    public PhraseTable<string> Themes { get; } = new();
    public WordClasses Words { get; }

    /// <summary>Each frame name the trigger file uses, with the first line that uses it: the relation stage refuses a name it does not know.</summary>
    public IReadOnlyDictionary<string, int> FrameLines => _frameLines;

    private readonly Dictionary<string, int> _frameLines = new(StringComparer.Ordinal);

    /// <summary>Loads the embedded tables with word classes of its own (a trainer or a test outside a pipeline).</summary>
    public TriggerLexicon() : this(new WordClasses())
    {
    }

    public TriggerLexicon(WordClasses words)
    {
        Words = words;
        var grouped = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        foreach (var (line, cols) in LexiconFiles.Read("triggers.tsv", 3))
        {
            if (!Core.Ontology.RelationTypes.IsKnown(cols[1]))
                throw new FormatException($"lexicons/triggers.tsv:{line}: '{cols[1]}' is not a relation type of the ontology");
            _frameLines.TryAdd(cols[2], line);
            foreach (var f in LexiconFiles.Forms(cols[0]))
            {
                var key = f.ToLowerInvariant();
                if (!grouped.TryGetValue(key, out var list)) grouped[key] = list = [];
                list.Add(new TriggerEntry(key, cols[1], cols[2]));
            }
        }
        foreach (var (k, v) in grouped) Triggers.Add(k, v.ToArray());
        foreach (var (line, cols) in LexiconFiles.Read("themes.tsv", 2))
        {
            if (!Core.Ontology.RelationTypes.IsKnown(cols[1]))
                throw new FormatException($"lexicons/themes.tsv:{line}: '{cols[1]}' is not a relation type of the ontology");
            foreach (var f in LexiconFiles.Forms(cols[0])) Themes.Add(f, cols[1]);
        }
    }
}
