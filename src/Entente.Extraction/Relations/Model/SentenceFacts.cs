using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// What the relation model reads once per sentence and shares among its candidates: the mentions that can be
/// arguments, where each relation is said (triggers, learned cues, rule triggers), the rules' drafts, the stems of
/// the words, and the rules' own argument search for each trigger, asked lazily.
/// </summary>
public sealed class SentenceFacts
{
    private readonly Dictionary<int, (List<EntityMention>? Subjects, List<EntityMention>? Objects, bool Passive)> _arguments = [];
    private readonly FrameContext _frames;

    public SentenceFacts(SentenceAnalysis sentence, bool isLede, List<EntityMention> arguments, List<ClaimDraft> drafts,
        Dictionary<int, List<TriggerSpot>> spots, float[][] cueWeights, RelationCues cues, ContextCues contexts, TriggerLexicon lexicon, Knowledge.KnowledgeBase kb)
    {
        Sentence = sentence;
        IsLede = isLede;
        Arguments = arguments;
        Drafts = drafts;
        Spots = spots;
        CueWeights = cueWeights;
        Cues = cues;
        Contexts = contexts;
        Args = new SentenceArguments(sentence);
        _frames = new FrameContext(Args, lexicon, kb, []);
    }

    public SentenceAnalysis Sentence { get; }
    /// <summary>The first sentence of prose: the lede, which says the news the report is about.</summary>
    public bool IsLede { get; }
    public List<EntityMention> Arguments { get; }
    public List<ClaimDraft> Drafts { get; }
    public SentenceArguments Args { get; }

    /// <summary>For each relation index, the places in the sentence that say it.</summary>
    public Dictionary<int, List<TriggerSpot>> Spots { get; }

    /// <summary>For each token, the learned cue weight of every relation (empty arrays for tokens that are no cue).</summary>
    public float[][] CueWeights { get; }

    public RelationCues Cues { get; }
    public ContextCues Contexts { get; }

    /// <summary>The rules' reading of a trigger: its subject to the left and object to the right (swapped in the passive).</summary>
    public (List<EntityMention>? Subjects, List<EntityMention>? Objects, bool Passive) ArgumentsOf(TriggerSpot spot)
    {
        if (_arguments.TryGetValue(spot.First, out var known)) return known;
        var trigger = new TriggerMention(spot.First, spot.Last, new TriggerEntry(Sentence.Tokens[spot.First].Lower, "support", "directed"));
        var passive = _frames.IsPassive(trigger);
        var before = Args.SubjectOf(spot.First, inherit: false);
        var after = passive ? Args.AfterPreposition(spot.Last, Sentence.Tokens.Count, false, "by") : Args.ObjectAfter(spot.Last);
        var found = passive ? (after, before, true) : (before, after, false);
        _arguments[spot.First] = found;
        return found;
    }
}
