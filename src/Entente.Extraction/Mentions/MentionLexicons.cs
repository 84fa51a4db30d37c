using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>The word lists the mention stage reads, loaded once at build time.</summary>
public sealed class MentionLexicons
{
    /// <summary>Loads the lexicons with the word classes embedded in this assembly.</summary>
    public MentionLexicons() : this(new WordClasses())
    {
    }

    public MentionLexicons(WordClasses words) => Words = words;

    /// <summary>The grammatical word classes the mention stage reads the words around a name with.</summary>
    public WordClasses Words { get; }

    public HashSet<string> AgentNouns { get; } = LexiconFiles.WordSet("agent-nouns.tsv");
    public HashSet<string> ActionNouns { get; } = LexiconFiles.WordSet("action-nouns.tsv");
    public PhraseTable<string> Titles { get; } = LexiconFiles.PhraseSet("titles.tsv");
    public PhraseTable<string> GroupNouns { get; } = LexiconFiles.PhraseSet("group-nouns.tsv");
    public PhraseTable<string> RoleNouns { get; } = LexiconFiles.RelationPhraseSet("role-nouns.tsv");

    /// <summary>Words that close the name of a body ("Trading", "Brigade", "Ministry") with the kind of entity they make.</summary>
    public WordTable<EntityKind> NameHeads { get; } = KindTable("name-heads.tsv");

    /// <summary>Words that introduce a person's name ("businessman", "Gen.", "his wife").</summary>
    public WordSet PersonCues { get; } = WordSetOf("person-cues.tsv");

    /// <summary>Common English words: a capitalized one alone is a sentence start or a title, not a person's name.</summary>
    public WordSet CommonWords { get; } = WordSetOf("common-words.tsv");

    /// <summary>Names of places (by <see cref="NameKey"/>): a run of capitals that is one is a place, not a person ("Tel Aviv").</summary>
    public HashSet<string> PlaceNames { get; } = LexiconFiles.Read("place-names.tsv", 1).Select(l => NameKey.Of(l.Columns[0])).ToHashSet(StringComparer.Ordinal);

    private static WordSet WordSetOf(string file) => WordSet.Create(LexiconFiles.WordSet(file).ToArray());

    private static WordTable<EntityKind> KindTable(string file)
    {
        var entries = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (line, cols) in LexiconFiles.Read(file, 2))
        {
            if (!EntityKinds.TryParse(cols[1], out var kind)) throw new FormatException($"lexicons/{file}:{line}: unknown entity kind '{cols[1]}'");
            foreach (var f in LexiconFiles.Forms(cols[0])) entries.TryAdd(f.ToLowerInvariant(), kind);
        }
        return new WordTable<EntityKind>(entries);
    }
}
