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

    /// <summary>The same table probed with a slice of a word: a stem is a prefix of its word (<see cref="WordStem"/>).</summary>
    private readonly Dictionary<string, CueWeight[]>.AlternateLookup<ReadOnlySpan<char>> _byStemSlice;

    /// <summary>Each lexical class's "wn:" entry, looked up once by class number instead of by a key made per token.</summary>
    private readonly CueWeight[][] _byClass;

    public RelationCues(IReadOnlyDictionary<string, CueWeight[]> byStem, float askFloor = DefaultAskFloor)
    {
        if (!(askFloor is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(askFloor), askFloor, "a cue's asking floor is a weight in (0, 1]");
        AskFloor = askFloor;
        _byStem = new Dictionary<string, CueWeight[]>(byStem, StringComparer.Ordinal);
        _byStemSlice = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        _byClass = [.. Lexicons.LexicalClassIds.All.Select(c => _byStem.GetValueOrDefault(ClassKey(c)) ?? [])];
    }

    /// <summary>The asking floor of models trained before it was an option.</summary>
    public const float DefaultAskFloor = 0.05f;

    /// <summary>
    /// A cue word this weak is no reason to ask about its relation (its weight still counts as a feature wherever a
    /// pair is asked for another reason). Lower asks more questions: more reachable claims, more candidates to score.
    /// It is part of the model because the pair model learned from the candidates this floor let through.
    /// </summary>
    public float AskFloor { get; }

    public static RelationCues Empty { get; } = new(new Dictionary<string, CueWeight[]>());

    public int Count => _byStem.Count;

    public IEnumerable<KeyValuePair<string, CueWeight[]>> Entries => _byStem.OrderBy(e => e.Key, StringComparer.Ordinal);

    public ReadOnlySpan<CueWeight> For(string stem) => _byStem.TryGetValue(stem, out var w) ? w : [];

    /// <summary>The weights of a lower-cased word's stem: <c>For(WordStem.Of(lower))</c> without making the stem.</summary>
    public ReadOnlySpan<CueWeight> ForWord(string lower) => _byStemSlice.TryGetValue(lower.AsSpan(0, WordStem.LengthOf(lower)), out var w) ? w : [];

    /// <summary>The weights of a lexical class: <c>For(ClassKey(c))</c>.</summary>
    public ReadOnlySpan<CueWeight> ForClass(Lexicons.LexicalClass c) => _byClass[(int)c];

    /// <summary>
    /// The keys a token is looked up under: its stem, and its lexical classes ("wn:attack" for "shelled"), so a word the
    /// corpus never showed still speaks for the relations its class was seen saying. Extraction reads the same entries
    /// through <see cref="ForWord"/> and <see cref="ForClass"/>.
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
