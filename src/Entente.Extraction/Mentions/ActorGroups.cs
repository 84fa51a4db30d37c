using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Coordinated actors: "Russia and Iran", "Russia, China and Iran", "both China and Russia", and the
/// two halves of "Russo-Iranian". A lone actor is a group of one.
/// </summary>
public static class ActorGroups
{
    public static List<List<EntityMention>> Find(SentenceAnalysis s, WordClasses words)
    {
        var groups = new List<List<EntityMention>>();
        List<EntityMention>? current = null;
        var lastEnd = -1;
        for (var i = 0; i < s.Mentions.Count; i++)
        {
            var m = s.Mentions[i];
            if (!m.IsActor || OwnerOfNext(s, i)) continue;
            // "Libya, the Central African Republic (CAR), Mali and Sudan": a member's own short name in brackets right
            // after it is the same member, and the list goes on after the bracket.
            if (current is not null && Restated(s, current[^1], m))
            {
                lastEnd = m.Last + 1;
                continue;
            }
            var joins = current is not null && (m.First == current[^1].First
                || Connected(s, words, lastEnd, StartWithPossessor(s, i), serialComma: current.Count >= 2) && (!IsReference(m) && !IsReference(current[^1]) || PersonPair(s, words, current[^1], m)));
            if (joins) current!.Add(m);
            else
            {
                if (current is not null) Split(s, words, current, groups);
                current = [m];
            }
            lastEnd = m.Last;
        }
        if (current is not null) Split(s, words, current, groups);
        return groups;
    }

    /// <summary>
    /// Where mention <paramref name="i"/> starts with the possessor right before it: "Iran's Quds Force, Lebanon's Hezbollah
    /// and Iraqi specialists" lists three helpers, each member with its own owner; so does "Canada and its partners".
    /// </summary>
    private static int StartWithPossessor(SentenceAnalysis s, int i)
    {
        var m = s.Mentions[i];
        return i > 0 && s.Mentions[i - 1] is { Possessive: true } owner && (!owner.IsActor || owner.Form == MentionForm.Pronoun) && Owns(owner, m) ? owner.First : m.First;
    }

    /// <summary>"Canada and its European partners": a possessive pronoun right before an actor is that member's owner, not a
    /// member of its own.</summary>
    private static bool OwnerOfNext(SentenceAnalysis s, int i) =>
        s.Mentions[i] is { Possessive: true, Form: MentionForm.Pronoun } owner && i + 1 < s.Mentions.Count && s.Mentions[i + 1].IsActor && Owns(owner, s.Mentions[i + 1]);

    /// <summary>The possessor ends right before the owned mention: by its "'s" token, or at once for a pronoun ("its").</summary>
    private static bool Owns(EntityMention owner, EntityMention owned) => owner.Last + 1 == owned.First || owner.Form == MentionForm.Pronoun && owner.Last == owned.First;

    /// <summary>Adds a finished run of actors to <paramref name="into"/> as one group or several (no iterators: this runs per sentence twice).</summary>
    private static void Split(SentenceAnalysis s, WordClasses words, List<EntityMention> g, List<List<EntityMention>> into)
    {
        if (g.Count >= 2 && g[1].First != g[0].First && FrontedPhrase(s, words, g))
        {
            into.Add([g[0]]);
            g.RemoveAt(0);
        }
        if (Coordinated(s, words, g)) into.Add(g);
        else
            foreach (var m in g) into.Add([m]);
    }

    /// <summary>A list needs "and", "both" or "as well as" somewhere ("Russia, China and Iran"); commas alone
    /// join appositions and fronted phrases ("In Syria, Russia …", "… to Russia, Ukrainian intelligence said").</summary>
    private static bool Coordinated(SentenceAnalysis s, WordClasses words, List<EntityMention> g)
    {
        if (g.Count < 2 || SameStart(g)) return true;
        for (var k = g[0].Last; k < g[^1].First; k++)
            if (words.Is(s.Tokens[k], WordClass.ListJoiner)) return true;
        return false;
    }

    /// <summary>All mentions start at the same token ("Russo-Iranian"); a loop, since a lambda over the group cost a closure per call.</summary>
    private static bool SameStart(List<EntityMention> g)
    {
        foreach (var m in g)
            if (m.First != g[0].First) return false;
        return true;
    }

    /// <summary>"In Syria, Russia and Iran …", "In the Central African Republic (CAR), the IRGC and Russia …": a
    /// sentence-initial prepositional phrase is not part of the list after it.</summary>
    private static bool FrontedPhrase(SentenceAnalysis s, WordClasses words, List<EntityMention> g)
    {
        var k = g[0].First - 1;
        if (k > 0 && words.Is(s.Tokens[k], WordClass.Article)) k--;
        return k >= 0 && k <= 1 && words.Is(s.Tokens[k], WordClass.FrontedPhrasePreposition) && s.IsWord(AfterRestatement(s, g), ",");
    }

    /// <summary>Where the group's first member ends, with its own short name in brackets if one follows ("In the Central
    /// African Republic (CAR), the IRGC and Russia …").</summary>
    private static int AfterRestatement(SentenceAnalysis s, List<EntityMention> g) =>
        s.MentionAt(g[0].Last + 1) is { } restated && Restated(s, g[0], restated) ? restated.Last + 1 : g[0].Last;

    /// <summary>The group a mention belongs to.</summary>
    public static List<EntityMention> Of(List<List<EntityMention>> groups, EntityMention m)
    {
        foreach (var g in groups)
            if (g.Contains(m)) return g;
        return [m];
    }

    /// <summary>The mention is the one before it again, alone in brackets right after it: "the Rapid Support Forces (RSF)".</summary>
    private static bool Restated(SentenceAnalysis s, EntityMention before, EntityMention m) =>
        m.Entity.Id == before.Entity.Id && m.First == before.Last + 1 && s.IsWord(before.Last, "(") && s.IsWord(m.Last, ")");

    /// <summary>"He and Kim Jong Un signed …": a personal pronoun joined to a name by a bare "and".</summary>
    private static bool PersonPair(SentenceAnalysis s, WordClasses words, EntityMention a, EntityMention b) =>
        b.First == a.Last + 1 && s.Tokens[a.Last].Is("and") && (IsPersonal(s, words, a) || IsPersonal(s, words, b)) && !(IsReference(a) && IsReference(b));

    private static bool IsPersonal(SentenceAnalysis s, WordClasses words, EntityMention m) => m.Form == MentionForm.Pronoun && words.Is(s.Tokens[m.First], WordClass.PersonalPronoun);

    private static bool IsReference(EntityMention m) => m.Form is MentionForm.Pronoun or MentionForm.Collective;

    /// <summary>Joined only by commas, "and", "both" or "as well as". ", and" closes a clause instead ("… to Syria, and Iran
    /// sent …"), except as the serial comma of a list that commas have already begun ("Russia, China, and Iran").</summary>
    private static bool Connected(SentenceAnalysis s, WordClasses words, int from, int to, bool serialComma)
    {
        if (to <= from) return to == from;
        for (var k = from; k < to; k++)
        {
            var w = s.Tokens[k].Lower;
            if (!words.Is(w, WordClass.ListConnector)) return false;
            if (w == "and" && k > from && s.Tokens[k - 1].Is(",") && !serialComma) return false;
        }
        return true;
    }
}
