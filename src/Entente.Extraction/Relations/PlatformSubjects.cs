using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations;

/// <summary>
/// "Russian warplanes struck Idlib", "Russian and Chinese bombers conducted joint patrols": warplanes, warships
/// and other platforms act for the state whose demonym they carry, so that state is the verb's subject. Munitions
/// are different: "Iranian drones struck Kyiv" names where the drones come from, not who launched them.
/// </summary>
public static class PlatformSubjects
{
    private static readonly HashSet<string> PlatformCategories = new(StringComparer.Ordinal)
    {
        "fighter", "bomber", "helicopter", "ship", "submarine", "transport-aircraft",
    };

    private static readonly HashSet<string> PlatformIds = new(StringComparer.Ordinal)
    {
        "fighter-jets", "combat-aircraft", "helicopters", "warships", "submarines", "bombers",
    };

    public static bool IsPlatform(Entity e) => e.Category is { } c && PlatformCategories.Contains(c) || PlatformIds.Contains(e.Id);

    /// <summary>
    /// The demonyms of a platform phrase ending right before <paramref name="trigger"/> (adverbs and auxiliaries
    /// aside), when <paramref name="origin"/> is the last of them; else null.
    /// </summary>
    public static List<EntityMention>? Of(SentenceAnalysis s, WordClasses words, EntityMention origin, int trigger)
    {
        if (origin.Role != MentionRole.Origin) return null;
        EntityMention? platform = null;
        foreach (var m in s.Mentions)
            if (m.IsMateriel && m.First >= origin.Last && m.First <= origin.Last + 1 && IsPlatform(m.Entity)) platform = m;
        if (platform is null || !OnlyAuxiliariesBetween(s, words, AfterExamples(s, words, platform.Last), trigger)) return null;
        var chain = new List<EntityMention> { origin };
        for (var i = s.Mentions.IndexOf(origin) - 1; i >= 0; i--)
        {
            var m = s.Mentions[i];
            // "US and British warplanes": a state's name can head the list of demonyms.
            var joins = m.Role == MentionRole.Origin || m.IsActor && m.Entity.Kind == EntityKind.State && m.Form is MentionForm.Name or MentionForm.Acronym;
            if (!joins || m.Last + 1 != chain[0].First || !(words.Is(s.Tokens[m.Last], WordClass.Coordinator) || s.Tokens[m.Last].Is(","))) break;
            chain.Insert(0, m);
        }
        return chain;
    }

    /// <summary>"Four Russian warships, including a nuclear submarine, have reached": past the platforms an "including" phrase
    /// gives as examples (a few words ending in materiel, and a closing comma), else <paramref name="end"/> itself.</summary>
    private static int AfterExamples(SentenceAnalysis s, WordClasses words, int end)
    {
        var k = s.IsWord(end, ",") ? end + 1 : end;
        if (!s.IsWord(k, "including")) return end;
        var last = -1;
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 6; j++)
            if (s.MentionAt(j) is { IsMateriel: true } m) last = j = m.Last - 1;
            else if (!s.Tokens[j].IsWord || s.Tokens[j].IsCapitalized || words.Is(s.Tokens[j], WordClass.FiniteVerb) || words.Is(s.Tokens[j], WordClass.TenseAuxiliary)) break;
        if (last < 0) return end;
        last++;
        return s.IsWord(last, ",") ? last + 1 : last;
    }

    /// <summary>Auxiliaries and adverbs, and the light verbs of "conducted joint patrols", "held a joint exercise".</summary>
    private static bool OnlyAuxiliariesBetween(SentenceAnalysis s, WordClasses words, int from, int to) =>
        to >= from && new Tokens.TokenCursor(s.Tokens, words, from).Skip(WordClass.JointActFiller, limit: to).At == to;
}
