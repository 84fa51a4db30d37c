using Entente.Core.Entities;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// "Iranian Foreign Minister Hossein Amir-Abdollahian", "Russia's Deputy Foreign Minister Mikhail Bogdanov", "Iran's
/// defence minister, Aziz Nasirzadeh", "Venezuelan Communication Minister Jane Doe", "Treasury Deputy Secretary John
/// Doe": a state (or one of its organs), a title and a name make one mention of the state, since an official acting in
/// office acts for the state (CONVENTIONS (c)). The title may be lower case, and a comma may stand before the name.
/// </summary>
public sealed class OfficialFinder(MentionLexicons lexicons, KnowledgeBase kb)
{
    public void Apply(SentenceAnalysis s, ProvisionalEntities found)
    {
        for (var k = 0; k < s.Mentions.Count; k++)
        {
            var m = s.Mentions[k];
            if (m.Form is MentionForm.CompoundPart && m.Suffix is not null || StateOf(m.Entity) is not { } state) continue;
            var titleStart = m.Possessive ? m.Last + 1 : m.Last;
            if (TitleEnd(s, titleStart, out var titleFirst) is not { } titleEnd) continue;
            var nameStart = s.IsWord(titleEnd, ",") ? titleEnd + 1 : titleEnd;
            var nameEnd = nameStart;
            // "Antony J. Blinken": an initial's dot stays inside the name.
            while (nameEnd < s.Tokens.Count && nameEnd - nameStart < 5
                && (NameWords.IsNameWord(s, lexicons.Words, nameEnd) || s.IsWord(nameEnd, ".") && s.Tokens[nameEnd - 1].Text.Length == 1 && NameWords.IsNameWord(s, lexicons.Words, nameEnd + 1)))
                nameEnd++;
            if (nameEnd == nameStart || !HasProperWord(s, nameStart, nameEnd)) continue;
            // A name the knowledge base lacks is a provisional person who acts for the state; a known one stays the state's mention.
            var known = false;
            // A loop rather than RemoveAll with a lambda: capturing m made every mention of the sentence allocate a closure.
            for (var o = s.Mentions.Count - 1; o >= 0; o--)
            {
                var other = s.Mentions[o];
                if (other == m || other.First < m.Last || other.First >= nameEnd) continue;
                // A name another finder only guessed to be a person ("James Doe" read by its shape) is no known name.
                known |= other.Entity.Kind == EntityKind.Person && !other.Entity.NeedsReview;
                s.Mentions.RemoveAt(o);
            }
            m.Entity = known || s.Span.IsHeading ? state : Officials.Person(found, s.TextOf(nameStart, nameEnd), state, s.TextOf(titleFirst, titleEnd));
            m.Last = nameEnd;
            m.Form = MentionForm.Official;
            m.Role = MentionRole.Actor;
            m.Possessive = s.IsWord(nameEnd, "'s");
            k = s.Mentions.IndexOf(m);
        }
    }

    /// <summary>A name has a word that is no common word ("General Staff", "for Terrorism" are no names), or is one the knowledge base knows.</summary>
    private bool HasProperWord(SentenceAnalysis s, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (!lexicons.CommonWords.Contains(s.Tokens[k]) || s.MentionAt(k) is { Entity.Kind: EntityKind.Person }) return true;
        return false;
    }

    /// <summary>The state a mention's official acts for: the state itself, or the state of one of its organs ("Treasury").</summary>
    private Entity? StateOf(Entity e) =>
        e.Kind == EntityKind.State ? e : e.Kind == EntityKind.StateOrgan && e.Country is { } c && kb.Get(c) is { Kind: EntityKind.State } s ? s : null;

    /// <summary>
    /// Where the titles after token <paramref name="at"/> end ("Deputy Foreign Minister", "defence minister"), or null. Up to two
    /// capitalized words may come first ("Communication Minister"); a lower-case title needs no capital.
    /// </summary>
    private int? TitleEnd(SentenceAnalysis s, int at, out int first)
    {
        first = at;
        for (var lead = 0; lead <= 2 && at + lead < s.Tokens.Count; lead++)
        {
            var k = at + lead;
            var end = -1;
            while (lexicons.Titles.TryMatch(s.Tokens, k, out _, out var e))
            {
                end = e;
                k = e;
            }
            if (end > 0) return end;
            if (!s.Tokens[at + lead].IsCapitalized || s.MentionAt(at + lead) is not null) return null;
        }
        return null;
    }
}
