using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// The targets of a listing verb ("designated", "sanctioned", "blacklisted"), which releases name as long lists whose
/// members carry titles and descriptions: "designated Defence Minister Colonel A, Air Force Chief of Staff Colonel B,
/// and the C Shipping Company", "is designating a Russian company, D, and Iran's E". Plain coordination
/// (<see cref="ActorGroups"/>) stops at the first description; here the list goes on through commas and "and" while
/// every stretch between two names stays a description: no verb, nothing of <see cref="WordClass.ListEnd"/>, at most
/// <see cref="LongestDescription"/> words.
/// </summary>
public static class DesignationList
{
    public const int LongestDescription = 8;

    /// <summary>The object group extended through the list that follows it. The list may run past the trigger's region
    /// (which ", and the …" ends), up to a hard break.</summary>
    public static List<EntityMention> Extend(SentenceAnalysis s, WordClasses words, List<EntityMention> first)
    {
        var list = first;
        var (k, described, separated) = (first[^1].Last, 0, false);
        while (k < s.Tokens.Count)
        {
            if (k > 0 && s.HardBreakAfter[k - 1]) break;
            var token = s.Tokens[k];
            if (words.Is(token, WordClass.TargetListJoiner))
            {
                separated = true;
                k++;
                continue;
            }
            if (words.Is(token, WordClass.ListEnd) || words.Is(token, WordClass.FiniteVerb)) break;
            if (LongestMemberAt(s, k) is { } m)
            {
                if (!separated) break;
                // "…, China said", "…, and Russia supplied": a name followed by its verb is the next clause's subject.
                if (m.Last < s.Tokens.Count && (words.Is(s.Tokens[m.Last], WordClass.FiniteVerb) || VerbAt(s, m.Last))) break;
                if (list == first) list = [.. first];
                if (!list.Contains(m)) list.Add(m);
                (k, described, separated) = (m.Last, 0, false);
                continue;
            }
            if (++described > LongestDescription) break;
            k++;
        }
        return list;
    }

    private static bool VerbAt(SentenceAnalysis s, int k) => s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || s.TriggerStartsAt(k);

    /// <summary>The longest listable name starting at a token ("the Damascus Shipping Company", not "Damascus").</summary>
    private static EntityMention? LongestMemberAt(SentenceAnalysis s, int k)
    {
        EntityMention? best = null;
        foreach (var m in s.Mentions)
            if (m.First == k && Member(s, m) && (best is null || m.Last > best.Last)) best = m;
        return best;
    }

    /// <summary>A name that can be listed: an actor named in full, not a demonym ("a Russian company") nor an owner
    /// ("Iran's" in "Iran's E", where E is the member).</summary>
    private static bool Member(SentenceAnalysis s, EntityMention m) =>
        m.IsActor && !m.Possessive && m.Form is not (MentionForm.Adjective or MentionForm.Pronoun or MentionForm.CompoundPart) && !StartsAnOwner(s, m);

    private static bool StartsAnOwner(SentenceAnalysis s, EntityMention m)
    {
        foreach (var other in s.Mentions)
            if (other.First == m.First && other.Possessive) return true;
        return false;
    }
}
