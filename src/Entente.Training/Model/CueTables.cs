using Entente.Extraction.Relations.Model;

namespace Entente.Training.Model;

/// <summary>Sums the counts of a set of documents into the cue tables a model carries.</summary>
public static class CueTables
{
    /// <summary>
    /// A cue key's weight for a relation is the share of the pairs it was near that a gold claim placed in that
    /// relation, smoothed by two unseen pairs; keys seen near fewer related pairs than the minimum are dropped.
    /// </summary>
    public static RelationCues Relations(IEnumerable<CueCounts> documents, TrainingOptions options)
    {
        var near = new Dictionary<string, int>(StringComparer.Ordinal);
        var related = new Dictionary<(string, int), int>();
        foreach (var d in documents)
        {
            foreach (var (k, n) in d.NearPairs) near[k] = near.GetValueOrDefault(k) + n;
            foreach (var (k, n) in d.NearRelated) related[k] = related.GetValueOrDefault(k) + n;
        }
        var byKey = new Dictionary<string, List<CueWeight>>(StringComparer.Ordinal);
        foreach (var ((key, relation), n) in related)
        {
            if (n < options.MinimumCueSightings) continue;
            var weight = (float)(n / (near.GetValueOrDefault(key) + 2.0));
            if (weight < Math.Min(0.02f, options.CueAskFloor)) continue;
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(new CueWeight(relation, weight));
        }
        return new RelationCues(byKey.ToDictionary(e => e.Key, e => e.Value.OrderBy(w => w.Relation).ToArray(), StringComparer.Ordinal), options.CueAskFloor);
    }

    /// <summary>Context words seen in their slot at least the minimum number of times, and the base rate of related pairs.</summary>
    public static ContextCues Contexts(IEnumerable<CueCounts> documents, TrainingOptions options)
    {
        var all = new Dictionary<string, (int Seen, int Related)>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var (k, (seen, rel)) in d.Contexts)
            {
                var (s, r) = all.GetValueOrDefault(k);
                all[k] = (s + seen, r + rel);
            }
        // Every ordered pair has a word before its first mention or is at the start of its sentence; the slot before
        // the first mention is the fairest count of pairs for the base rate.
        var prefix = ContextCues.KeyOf(ContextSlot.AfterA, "");
        long pairs = 0, relatedPairs = 0;
        foreach (var (k, (seen, rel)) in all)
            if (k.StartsWith(prefix, StringComparison.Ordinal))
            {
                pairs += seen;
                relatedPairs += rel;
            }
        var kept = all.Where(e => e.Value.Seen >= options.MinimumContextSightings)
            .ToDictionary(e => e.Key, e => new ContextCount(e.Value.Seen, e.Value.Related), StringComparer.Ordinal);
        return new ContextCues(kept, pairs == 0 ? 0 : relatedPairs / (double)pairs);
    }
}
