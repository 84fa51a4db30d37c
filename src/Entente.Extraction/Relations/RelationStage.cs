using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Constructions;
using Entente.Extraction.Relations.Frames;
using Entente.Knowledge;

namespace Entente.Extraction.Relations;

/// <summary>
/// Finds triggers, runs each trigger's frame left to right (so objects taken and subjects carried over
/// are known to later triggers), then the construction rules. Produces claim drafts.
/// </summary>
public sealed class RelationStage : IExtractionStage
{
    private readonly TriggerLexicon _lexicon;
    private readonly TriggerFinder _finder;
    private readonly KnowledgeBase _kb;
    private readonly IReadOnlyDictionary<string, ITriggerFrame> _frames;
    private readonly IConstructionRule[] _constructions;

    /// <param name="rules">the frames and construction rules the pipeline builder registered</param>
    public RelationStage(KnowledgeBase kb, TriggerLexicon lexicon, RelationRules rules)
    {
        _kb = kb;
        _lexicon = lexicon;
        _finder = new TriggerFinder(lexicon);
        _frames = new Dictionary<string, ITriggerFrame>(rules.Frames, StringComparer.Ordinal);
        CheckFrames(lexicon.FrameLines, _frames.Keys);
        _constructions = rules.Constructions.ToArray();
    }

    /// <summary>Every frame the trigger file names must be one a frame registered: a misspelt frame would silently drop its triggers.</summary>
    public static void CheckFrames(IReadOnlyDictionary<string, int> frameLines, IEnumerable<string> registered)
    {
        var known = registered.ToHashSet(StringComparer.Ordinal);
        foreach (var (frame, line) in frameLines.OrderBy(f => f.Value))
            if (!known.Contains(frame))
                throw new FormatException($"lexicons/triggers.tsv:{line}: '{frame}' is not a frame (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
    }

    public void Run(DocumentAnalysis analysis)
    {
        var story = new StoryMemory();
        foreach (var s in analysis.EachSentence())
        {
            if (s.Span.IsHeading || s.Mentions.Count == 0) continue;
            _finder.Find(s);
            var context = new FrameContext(new SentenceArguments(s, _lexicon.Words), _lexicon, _kb, analysis.Drafts, story);
            foreach (var t in s.Triggers)
                if (_frames.TryGetValue(t.Entry.Frame, out var frame)) frame.Apply(t, context);
            foreach (var rule in _constructions) rule.Apply(context);
        }
    }
}
