using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>
/// What a class covers: each synset with its hops from the nearest seed, and the seed senses themselves (a seed's
/// lemma keeps its seeded sense whatever that sense's rank: it was chosen by hand, not reached by expansion).
/// </summary>
public sealed record ExpandedClass(IReadOnlyDictionary<SynsetId, int> Hops, IReadOnlySet<(string Lemma, SynsetId Synset)> SeedSenses);

/// <summary>
/// The synsets each class covers, with their distance in hops from the nearest seed: a seed's synset is 0; each
/// troponym or hyponym level below it adds one, down to the seed's reach; a derivationally related form adds one
/// more and is not expanded further, so a class grows by meaning, not by the loose chains derivation makes: nouns
/// come from verbs at most one level below a seed (bombard → bombardment, shell → shelling, finance → financing),
/// verbs only from a seed noun itself (embargo → embargo), since a hyponym's verb drifts (settlement → settle,
/// infiltration → permeate). Excluded seeds cut their synset and all below it.
/// </summary>
public static class ClassExpansion
{
    /// <summary>How far below a seed a synset may be and still lend its derived forms, by the part of speech it is.</summary>
    public static int DeriveWithin(PartOfSpeech pos) => pos == PartOfSpeech.Verb ? 1 : 0;

    /// <summary>
    /// The lexicographer files a noun derived from a class's verb may come from: acts, events, messages, people,
    /// possessions, states and thoughts (shelling, funding, warning, attacker, aid, war, plan). The things a verb is
    /// done with or to (noun.artifact, noun.body, noun.object, noun.substance, noun.quantity …) name no act:
    /// "tomahawk" from "tomahawk" (kill with one), "stone" from "stone", "quarter" from "draw and quarter".
    /// </summary>
    public static readonly IReadOnlySet<int> DerivedNounFiles = new HashSet<int> { 4, 9, 10, 11, 18, 21, 26 };

    public static IReadOnlyDictionary<LexicalClass, ExpandedClass> Expand(WordNetDatabase wordNet, IReadOnlyList<LexicalSeed> seeds, string seedPath)
    {
        var result = new Dictionary<LexicalClass, ExpandedClass>();
        foreach (var group in seeds.GroupBy(s => s.Class))
        {
            var excluded = group.Where(s => s.Excluded).Select(s => s.Resolve(wordNet, seedPath)).ToHashSet();
            var hops = new Dictionary<SynsetId, int>();
            foreach (var seed in group.Where(s => !s.Excluded))
                Descend(wordNet, seed.Resolve(wordNet, seedPath), 0, seed.Reach, excluded, hops);
            foreach (var (id, h) in hops.Where(e => e.Value <= DeriveWithin(e.Key.Pos)).ToList())
                foreach (var p in wordNet[id].Pointers)
                    if (p.IsDerivation && !excluded.Contains(p.Target) && NamesAnAct(wordNet[p.Target])) Keep(hops, p.Target, h + 1);
            var seedSenses = group.Where(s => !s.Excluded).Select(s => (s.Lemma, s.Resolve(wordNet, seedPath))).ToHashSet();
            result[group.Key] = new ExpandedClass(hops, seedSenses);
        }
        return result;
    }

    private static bool NamesAnAct(Synset derived) => derived.Id.Pos == PartOfSpeech.Verb || DerivedNounFiles.Contains(derived.LexFile);

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
