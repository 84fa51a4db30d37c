using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Coordinated actors: "Russia and Iran", "Russia, China and Iran", "both China and Russia", and the
/// two halves of "Russo-Iranian". A lone actor is a group of one.
/// </summary>
public static class ActorGroups
{
    public static List<List<EntityMention>> Find(SentenceAnalysis s)
    {
        var groups = new List<List<EntityMention>>();
        List<EntityMention>? current = null;
        var lastEnd = -1;
        foreach (var m in s.Mentions)
        {
            if (!m.IsActor) continue;
            var joins = current is not null && (m.First == current[^1].First
                || Connected(s, lastEnd, m.First) && !IsReference(m) && !IsReference(current[^1]));
            if (joins) current!.Add(m);
            else
            {
                current = [m];
                groups.Add(current);
            }
            lastEnd = m.Last;
        }
        return groups;
    }

    /// <summary>The group a mention belongs to.</summary>
    public static List<EntityMention> Of(List<List<EntityMention>> groups, EntityMention m) =>
        groups.FirstOrDefault(g => g.Contains(m)) ?? [m];

    private static bool IsReference(EntityMention m) => m.Form is MentionForm.Pronoun or MentionForm.Collective;

    /// <summary>Joined only by commas, "and", "both" or "as well as"; ", and" closes a list instead ("…, and both countries supply").</summary>
    private static bool Connected(SentenceAnalysis s, int from, int to)
    {
        if (to <= from) return to == from;
        for (var k = from; k < to; k++)
        {
            var w = s.Tokens[k].Lower;
            if (w is not ("," or "and" or "both" or "as" or "well" or "&" or "the")) return false;
            if (w == "and" && k > from && s.Tokens[k - 1].Is(",")) return false;
        }
        return true;
    }
}
