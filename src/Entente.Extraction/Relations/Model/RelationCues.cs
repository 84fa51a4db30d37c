using Entente.Core.Ontology;

namespace Entente.Extraction.Relations.Model;

/// <summary>One relation a cue word speaks for, and how strongly (the share of its training sightings near a pair in that relation).</summary>
public readonly record struct CueWeight(int Relation, float Weight);

/// <summary>
/// Cue words learned from the training corpus: for each word stem, the relations it was seen saying between a
/// pair of mentions, with a smoothed weight. The rules' trigger lexicon is written by hand; this table is what
/// the annotated corpus adds to it, and it is part of the trained model file.
/// </summary>
public sealed class RelationCues
{
    private readonly Dictionary<string, CueWeight[]> _byStem;

    public RelationCues(IReadOnlyDictionary<string, CueWeight[]> byStem) =>
        _byStem = new Dictionary<string, CueWeight[]>(byStem, StringComparer.Ordinal);

    public static RelationCues Empty { get; } = new(new Dictionary<string, CueWeight[]>());

    public int Count => _byStem.Count;

    public IEnumerable<KeyValuePair<string, CueWeight[]>> Entries => _byStem.OrderBy(e => e.Key, StringComparer.Ordinal);

    public ReadOnlySpan<CueWeight> For(string stem) => _byStem.TryGetValue(stem, out var w) ? w : [];

    /// <summary>
    /// The keys a token is looked up under: its stem, and its lexical classes ("wn:attack" for "shelled"), so a word the
    /// corpus never showed still speaks for the relations its class was seen saying.
    /// </summary>
    public static void KeysOf(in Tokens.Token token, Lexicons.LexicalClasses classes, List<string> keys)
    {
        keys.Clear();
        keys.Add(WordStem.Of(token.Lower));
        foreach (var e in classes.Of(token))
        {
            var key = ClassKey(e.Class);
            if (!keys.Contains(key)) keys.Add(key);
        }
    }

    public static string ClassKey(Lexicons.LexicalClass c) => "wn:" + Lexicons.LexicalClassIds.ToId(c);

    /// <summary>The index of a relation type in <see cref="RelationTypes.All"/>, the order every model file uses.</summary>
    public static int IndexOf(string relation)
    {
        for (var i = 0; i < RelationTypes.All.Count; i++)
            if (RelationTypes.All[i].Id == relation) return i;
        throw new ArgumentException($"'{relation}' is not a relation type of the ontology", nameof(relation));
    }
}
