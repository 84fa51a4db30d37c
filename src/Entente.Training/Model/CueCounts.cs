using Entente.Core.Ontology;
using Entente.Extraction.Claims;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations.Model;

namespace Entente.Training.Model;

/// <summary>
/// What one document teaches the cue tables, counted over every ordered pair of argument mentions in a sentence:
/// the cue keys (word stems and lexical classes) within a few words of the pair, how often each was near a pair
/// that a gold claim places in that sentence with a given relation (or may place there under another key,
/// <see cref="TrainingDocument.MayBeUnresolved"/>); and the words in each context slot around the pair, with how often
/// that pair was related at all. Counted per document so that any set of folds can be summed.
/// </summary>
public sealed class CueCounts
{
    /// <summary>How far outside the pair a cue word may lie and still count.</summary>
    public const int Window = 3;

    public Dictionary<string, int> NearPairs { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Key, int Relation), int> NearRelated { get; } = [];
    public Dictionary<string, (int Seen, int Related)> Contexts { get; } = new(StringComparer.Ordinal);

    public static CueCounts Of(TrainingDocument doc, CandidateFinder finder, AgentResolver agents, LexicalClasses classes)
    {
        var counts = new CueCounts();
        var keys = new List<string>(4);
        var near = new HashSet<string>(StringComparer.Ordinal);
        var slots = new string?[Enum.GetValues<ContextSlot>().Length];
        foreach (var (s, drafts, isLede) in RelationModelStage.SentencesWithDrafts(doc.Analysis))
        {
            var args = finder.Facts(s, isLede, drafts).Arguments;
            var counted = new HashSet<(string, int)>();
            var agentsOf = args.Select(m => agents.Resolve(m.Entity, "", asObject: false)).ToArray();
            for (var i = 0; i < args.Count; i++)
                for (var j = 0; j < args.Count; j++)
                {
                    if (i == j || agentsOf[i].Id == agentsOf[j].Id) continue;
                    near.Clear();
                    Near(s, args[i], args[j], classes, keys, near);
                    if (i < j)
                        foreach (var k in near) counts.NearPairs[k] = counts.NearPairs.GetValueOrDefault(k) + 1;
                    var related = false;
                    for (var r = 0; r < RelationTypes.All.Count; r++)
                    {
                        var id = RelationTypes.All[r].Id;
                        var key = doc.KeyOf(agents.Resolve(args[i].Entity, id, asObject: false), id, agents.Resolve(args[j].Entity, id, asObject: true));
                        if (!doc.SaysIn(s.Index, key) && !doc.MayBeUnresolved(s.Index, key)) continue;
                        related = true;
                        // Once per key and relation in a sentence: a pair named twice is one sighting.
                        foreach (var k in near)
                            if (counted.Add((k, r))) counts.NearRelated[(k, r)] = counts.NearRelated.GetValueOrDefault((k, r)) + 1;
                    }
                    PairContext.Fill(s, args[i], args[j], slots);
                    for (var slot = 0; slot < slots.Length; slot++)
                    {
                        if (slots[slot] is not { } word) continue;
                        var key = ContextCues.KeyOf((ContextSlot)slot, word);
                        var (seen, rel) = counts.Contexts.GetValueOrDefault(key);
                        counts.Contexts[key] = (seen + 1, rel + (related ? 1 : 0));
                    }
                }
        }
        return counts;
    }

    /// <summary>The cue keys of the words around a pair, and of the suffix a mention carries ("backed" in "Iran-backed").</summary>
    private static void Near(SentenceAnalysis s, EntityMention a, EntityMention b, LexicalClasses classes, List<string> keys, HashSet<string> near)
    {
        var lo = Math.Max(0, Math.Min(a.First, b.First) - Window);
        var hi = Math.Min(s.Tokens.Count, Math.Max(a.Last, b.Last) + Window);
        for (var k = lo; k < hi; k++)
        {
            var t = s.Tokens[k];
            if (!CandidateFinder.CanBeCue(s, k)) continue;
            RelationCues.KeysOf(t, classes, keys);
            foreach (var key in keys) near.Add(key);
        }
        foreach (var m in new[] { a, b })
            if (m.Suffix is { } suffix) near.Add(WordStem.Of(suffix.ToLowerInvariant()));
    }
}
