using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>
/// The synsets each class covers, with their distance in hops from the nearest seed: a seed's synset is 0; each
/// troponym or hyponym level below it adds one, down to the seed's reach; a derivationally related form of any of
/// these (bombard → bombardment, finance → financing) adds one more and is not expanded further, so a class grows
/// by meaning, not by the loose chains derivation makes. Excluded seeds cut their synset and all below it.
/// </summary>
public static class ClassExpansion
{
    public static IReadOnlyDictionary<LexicalClass, IReadOnlyDictionary<SynsetId, int>> Expand(
        WordNetDatabase wordNet, IReadOnlyList<LexicalSeed> seeds, string seedPath)
    {
        var result = new Dictionary<LexicalClass, IReadOnlyDictionary<SynsetId, int>>();
        foreach (var group in seeds.GroupBy(s => s.Class))
        {
            var excluded = group.Where(s => s.Excluded).Select(s => s.Resolve(wordNet, seedPath)).ToHashSet();
            var hops = new Dictionary<SynsetId, int>();
            foreach (var seed in group.Where(s => !s.Excluded))
                Descend(wordNet, seed.Resolve(wordNet, seedPath), 0, seed.Reach, excluded, hops);
            foreach (var (id, h) in hops.ToList())
                foreach (var p in wordNet[id].Pointers)
                    if (p.IsDerivation && !excluded.Contains(p.Target)) Keep(hops, p.Target, h + 1);
            result[group.Key] = hops;
        }
        return result;
    }

    private static void Descend(WordNetDatabase wordNet, SynsetId id, int hops, int reach, HashSet<SynsetId> excluded, Dictionary<SynsetId, int> found)
    {
        if (excluded.Contains(id)) return;
        Keep(found, id, hops);
        if (reach == 0) return;
        foreach (var p in wordNet[id].Pointers)
            if (p.IsNarrower) Descend(wordNet, p.Target, hops + 1, reach - 1, excluded, found);
    }

    private static void Keep(Dictionary<SynsetId, int> found, SynsetId id, int hops)
    {
        if (!found.TryGetValue(id, out var had) || hops < had) found[id] = hops;
    }
}
