using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// What the relation model reads once per sentence and shares among its candidates: the mentions that can be
/// arguments and whom they stand for, where each relation is said (triggers, learned cues, rule triggers), the
/// rules' drafts, each relation's cue positions, and the rules' own argument search for each trigger, asked lazily.
/// </summary>
public sealed class SentenceFacts
{
    private readonly Dictionary<int, (List<EntityMention>? Subjects, List<EntityMention>? Objects, bool Passive)> _arguments = [];
    private readonly FrameContext _frames;
    private readonly List<(int Token, float Weight)>?[] _cuePositions;
    private readonly float[] _strongestCue;
    // The lexicon triggers' first tokens and relations, sorted by token, to count those between a pair.
    private readonly (int First, string Relation)[] _triggerStarts;
    private readonly Dictionary<EntityMention, float[]> _suffixWeights = new(ReferenceEqualityComparer.Instance);
    // Whom each argument stands for and its preposition, by its place in Arguments: at most 16 arguments, so a
    // reference scan finds the place faster than hashing a mention (an object hash code costs a header write).
    private readonly Entity[] _agents;
    private readonly string?[] _prepositions;
    private static readonly int Slots = Enum.GetValues<ContextSlot>().Length;
    private readonly (float Rate, float Seen)[] _context;
    private readonly bool[] _contextRead;
    // The span last asked about and its two strongest relations: a pair's candidates come one after another and all
    // ask about the same span, so one remembered answer serves them (a dictionary of every span cost more than it saved).
    private (int From, int To) _strongestSpan = (int.MinValue, int.MinValue);
    private (int Relation, float Best, float Second) _strongest;
    // Each relation's places sorted for the pairs' searches, made when a pair first asks (null: a list short enough to scan).
    private readonly SpotIndex?[] _spotIndexes = new SpotIndex?[RelationTypes.All.Count];
    private readonly bool[] _spotIndexed = new bool[RelationTypes.All.Count];
    // The drafts looked up by their entities, made when a candidate first asks (null: few enough to scan).
    private DraftIndex? _draftIndex;
    private bool _draftsIndexed;
    // The index's answers by what was asked: a pair's candidates ask the same of it for each spot of a relation. Keyed
    // by the strings' identity, which the candidates share (their relation's and entities' ids), so a lookup hashes no
    // text; equal ids that are other strings are only worked out again.
    private readonly Dictionary<(string Relation, string A, string B), (bool, bool, bool, bool)> _neighbours = new(SameStrings.Instance);
    private readonly EntityMention?[] _mentionAt;

    public SentenceFacts(SentenceAnalysis sentence, bool isLede, List<EntityMention> arguments, Func<EntityMention, Entity> agentOf, List<ClaimDraft> drafts,
        Dictionary<int, List<TriggerSpot>> spots, float[][] cueWeights, RelationCues cues, ContextCues contexts, TriggerLexicon lexicon, Knowledge.KnowledgeBase kb,
        EntityMention?[]? mentionAt = null)
    {
        Sentence = sentence;
        _mentionAt = mentionAt ?? sentence.MentionAtEachToken();
        foreach (var m in sentence.Mentions)
            if (m.IsMateriel) Materiel.Add(m);
        IsLede = isLede;
        Arguments = arguments;
        Drafts = drafts;
        Spots = spots;
        CueWeights = cueWeights;
        Cues = cues;
        Contexts = contexts;
        Args = new SentenceArguments(sentence, lexicon.Words);
        _frames = new FrameContext(Args, lexicon, kb, []);
        _agents = new Entity[arguments.Count];
        _prepositions = new string?[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            _agents[i] = agentOf(arguments[i]);
            _prepositions[i] = Args.PrepositionBefore(arguments[i]);
        }
        // What each token is worth in each one-word context slot, looked up the first time a pair asks: the pairs then
        // read an array. One array, a row of slots per token and a last row for "no token". Only the tokens next to an
        // argument are asked, a few of a long sentence's (the arguments are its first sixteen).
        _context = new (float, float)[(sentence.Tokens.Count + 1) * Slots];
        _contextRead = new bool[sentence.Tokens.Count + 1];
        var relations = RelationTypes.All.Count;
        LexiconSpots = new int[relations];
        CueSpots = new int[relations];
        foreach (var (r, list) in spots)
            foreach (var spot in list)
            {
                if (spot.Kind == SpotKind.Lexicon) LexiconSpots[r]++;
                if (spot.Kind == SpotKind.Cue) CueSpots[r]++;
            }
        _cuePositions = new List<(int, float)>?[relations];
        _strongestCue = new float[relations];
        for (var k = 0; k < cueWeights.Length; k++)
        {
            var w = cueWeights[k];
            for (var r = 0; r < w.Length; r++)
                if (w[r] > 0)
                {
                    (_cuePositions[r] ??= []).Add((k, w[r]));
                    _strongestCue[r] = Math.Max(_strongestCue[r], w[r]);
                }
        }
        _triggerStarts = new (int, string)[sentence.Triggers.Count];
        for (var i = 0; i < _triggerStarts.Length; i++) _triggerStarts[i] = (sentence.Triggers[i].First, sentence.Triggers[i].Entry.Relation);
        Array.Sort(_triggerStarts, static (x, y) => x.First.CompareTo(y.First));
    }

    public SentenceAnalysis Sentence { get; }

    /// <summary>The first sentence of prose: the lede, which says the news the report is about.</summary>
    public bool IsLede { get; }
    public List<EntityMention> Arguments { get; }
    public List<ClaimDraft> Drafts { get; }
    public SentenceArguments Args { get; }

    /// <summary>For each relation index, the places in the sentence that say it.</summary>
    public Dictionary<int, List<TriggerSpot>> Spots { get; }

    /// <summary>The place that best says the relation for this pair (<see cref="SpotIndex.Scan"/>), or none.</summary>
    public TriggerSpot BestSpot(int relation, EntityMention a, EntityMention b)
    {
        if (!Spots.TryGetValue(relation, out var spots)) return TriggerSpot.None;
        if (!_spotIndexed[relation]) (_spotIndexes[relation], _spotIndexed[relation]) = (SpotIndex.Of(spots), true);
        return _spotIndexes[relation] is { } index ? index.Best(a, b) : SpotIndex.Scan(spots, a, b);
    }

    /// <summary>What the sentence's drafts say of two entities under a relation besides the triple itself (<see cref="DraftIndex.Neighbours"/>).</summary>
    public (bool Reversed, bool OtherRelation, bool SameSubject, bool SameObject) DraftNeighbours(string relation, string a, string b)
    {
        if (!_draftsIndexed) (_draftIndex, _draftsIndexed) = (DraftIndex.Of(Drafts), true);
        if (_draftIndex is null) return DraftIndex.ScanNeighbours(Drafts, relation, a, b);
        if (!_neighbours.TryGetValue((relation, a, b), out var known)) _neighbours[(relation, a, b)] = known = _draftIndex.Neighbours(relation, a, b);
        return known;
    }

    /// <summary>
    /// The mention at a token as <see cref="SentenceAnalysis.MentionAt"/> finds it, read from a table made once: the
    /// sentence's mentions do not change while its candidates are asked.
    /// </summary>
    public EntityMention? MentionAt(int token) => token >= 0 && token < _mentionAt.Length ? _mentionAt[token] : Sentence.MentionAt(token);

    /// <summary>The sentence's materiel mentions, in the order of its mentions.</summary>
    public List<EntityMention> Materiel { get; } = [];

    /// <summary>For each token, the learned cue weight of every relation (empty arrays for tokens that are no cue).</summary>
    public float[][] CueWeights { get; }

    public RelationCues Cues { get; }
    public ContextCues Contexts { get; }

    /// <summary>How many lexicon triggers and learned cue words of each relation the sentence holds.</summary>
    public int[] LexiconSpots { get; }
    public int[] CueSpots { get; }

    /// <summary>Whom an argument stands for when no relation is asked yet (an official is the state).</summary>
    public Entity AgentOf(EntityMention m) => _agents[IndexOf(m)];

    /// <summary>An argument's place among the sentence's arguments and the preposition that governs it.</summary>
    public (int Index, string? Preposition) PlaceOf(EntityMention m)
    {
        var i = IndexOf(m);
        return (i, _prepositions[i]);
    }

    /// <summary>An argument's place in <see cref="Arguments"/>; a mention that is no argument has none.</summary>
    private int IndexOf(EntityMention m)
    {
        for (var i = 0; i < Arguments.Count; i++)
            if (ReferenceEquals(Arguments[i], m)) return i;
        throw new KeyNotFoundException("the mention is not an argument of the sentence");
    }

    /// <summary>The learned worth of the word a one-word slot reads (token -1: the slot is empty).</summary>
    public (float Rate, float Seen) Context(ContextSlot slot, int token)
    {
        var row = token < 0 || token >= Sentence.Tokens.Count ? Sentence.Tokens.Count : token;
        if (!_contextRead[row])
        {
            var estimates = _context.AsSpan(row * Slots, Slots);
            if (row == Sentence.Tokens.Count) Contexts.EstimateAll((string?)null, estimates);
            else Contexts.EstimateAll(PairContext.WordOf(Sentence.Tokens[row]), estimates);
            _contextRead[row] = true;
        }
        return _context[row * Slots + (int)slot];
    }

    /// <summary>The tokens that are cues of a relation, with their weights, in text order.</summary>
    /// <remarks>A span: each candidate reads it, and enumerating it through an interface made an enumerator object each time.</remarks>
    public ReadOnlySpan<(int Token, float Weight)> CuePositions(int relation) =>
        _cuePositions[relation] is { } list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    /// <summary>The cue positions of a relation from the first at or after <paramref name="token"/> on, in text order.</summary>
    /// <remarks>A candidate reads only those near its pair: reading all of them made its cost grow with the sentence.</remarks>
    public ReadOnlySpan<(int Token, float Weight)> CuePositionsFrom(int relation, int token)
    {
        var all = CuePositions(relation);
        var (from, to) = (0, all.Length);
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (all[mid].Token < token) from = mid + 1;
            else to = mid;
        }
        return all[from..];
    }

    /// <summary>The strongest cue weight of a relation anywhere in the sentence (0 when none).</summary>
    public float StrongestCue(int relation) => _strongestCue[relation];

    /// <summary>How many lexicon triggers of other relations than <paramref name="relation"/> start in [from, to).</summary>
    public int OtherTriggersBetween(int from, int to, string relation)
    {
        var (lo, hi) = (0, _triggerStarts.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_triggerStarts[mid].First < from) lo = mid + 1;
            else hi = mid;
        }
        var count = 0;
        for (var i = lo; i < _triggerStarts.Length && _triggerStarts[i].First < to; i++)
            if (_triggerStarts[i].Relation != relation) count++;
        return count;
    }

    /// <summary>The strongest cue weight of any other relation on a token in [from, to).</summary>
    public float StrongestOtherCueBetween(int from, int to, int relation)
    {
        // Worked out once per span (every relation asked of a pair reads the same one): the two strongest relations there.
        var top = _strongest;
        if (_strongestSpan != (from, to))
        {
            top = (-1, 0, 0);
            for (var k = Math.Max(0, from); k < to && k < CueWeights.Length; k++)
            {
                var w = CueWeights[k];
                for (var r = 0; r < w.Length; r++)
                {
                    if (w[r] <= top.Second || r == top.Relation && w[r] <= top.Best) continue;
                    if (r == top.Relation) top.Best = w[r];
                    else if (w[r] > top.Best) top = (r, w[r], top.Best);
                    else top.Second = w[r];
                }
            }
            (_strongestSpan, _strongest) = ((from, to), top);
        }
        return relation == top.Relation ? top.Second : top.Best;
    }

    /// <summary>"Iran-backed": the learned weight, for a relation, of the word a mention's hyphenated suffix makes.</summary>
    public float SuffixWeight(EntityMention m, int relation)
    {
        if (m.Suffix is null) return 0;
        if (!_suffixWeights.TryGetValue(m, out var weights))
        {
            weights = new float[RelationTypes.All.Count];
            foreach (var w in Cues.For(WordStem.Of(m.Suffix.ToLowerInvariant()))) weights[w.Relation] = w.Weight;
            _suffixWeights[m] = weights;
        }
        return weights[relation];
    }

    /// <summary>The rules' reading of a trigger: its subject to the left and object to the right (swapped in the passive).</summary>
    public (List<EntityMention>? Subjects, List<EntityMention>? Objects, bool Passive) ArgumentsOf(TriggerSpot spot)
    {
        if (_arguments.TryGetValue(spot.First, out var known)) return known;
        var trigger = new TriggerMention(spot.First, spot.Last, new TriggerEntry(Sentence.Tokens[spot.First].Lower, RelationTypes.Support.Id, "directed"));
        var passive = _frames.IsPassive(trigger);
        var before = Args.SubjectOf(spot.First, inherit: false);
        var after = passive ? Args.AfterPreposition(spot.Last, Sentence.Tokens.Count, false, "by") : Args.ObjectAfter(spot.Last);
        var found = passive ? (after, before, true) : (before, after, false);
        _arguments[spot.First] = found;
        return found;
    }
}
