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
            if (m.Form is MentionForm.CompoundPart && m.Suffix is not null || kb.StateOf(m.Entity, followPartOf: false) is not { } state) continue;
            var titleStart = m.Possessive ? m.Last + 1 : m.Last;
            if (TitleEnd(s, titleStart, out var titleFirst) is not { } titleEnd || NameAfter(s, titleEnd) is not var (nameStart, nameEnd)) continue;
            MakeOfficial(s, m, state, found, titleFirst, titleEnd, nameStart, nameEnd);
            // "designated Bolivian Defence Minister A, Army Commander Colonel B and Interior Minister C": the
            // state before the first title is every listed title's.
            for (var next = NextListed(s, nameEnd); next >= 0; next = NextListed(s, nameEnd))
            {
                if (s.MentionAt(next) is not null || TitleEnd(s, next, out var first) is not { } end || NameAfter(s, end) is not var (start, stop)) break;
                var listed = new EntityMention(next, next + 1, state, MentionForm.Official);
                s.Mentions.Add(listed);
                MakeOfficial(s, listed, state, found, first, end, start, stop);
                // Added at the end of the list: put back in the order the finders read.
                s.SortMentions();
                nameEnd = stop;
            }
            k = s.Mentions.IndexOf(m);
        }
    }

    /// <summary>Makes mention <paramref name="m"/> the official named by tokens [nameStart, nameEnd), whose title is [titleFirst, titleEnd).</summary>
    private void MakeOfficial(SentenceAnalysis s, EntityMention m, Entity state, ProvisionalEntities found, int titleFirst, int titleEnd, int nameStart, int nameEnd)
    {
        // A name the knowledge base lacks is a provisional person who acts for the state. A known person the knowledge
        // base links to a state stays that person (who acts for the state in claims, but is sanctioned and listed in
        // their own right, CONVENTIONS (c)); any other known name stays the state's mention.
        Entity? known = null;
        // A loop rather than RemoveAll with a lambda: capturing m made every mention of the sentence allocate a closure.
        for (var o = s.Mentions.Count - 1; o >= 0; o--)
        {
            var other = s.Mentions[o];
            if (other == m || other.First < m.Last || other.First >= nameEnd) continue;
            // A name another finder only guessed to be a person ("James Doe" read by its shape) is no known name.
            if (other.Entity.Kind == EntityKind.Person && !other.Entity.NeedsReview) known = other.Entity;
            s.Mentions.RemoveAt(o);
        }
        m.Entity = known is not null ? ServesState(known) ? known : state
            : s.Span.IsHeading ? state : Officials.Person(found, s.TextOf(nameStart, nameEnd), state, s.TextOf(titleFirst, titleEnd));
        m.Last = nameEnd;
        m.Form = MentionForm.Official;
        m.Serves = state;
        m.Role = MentionRole.Actor;
        m.Possessive = s.IsWord(nameEnd, "'s");
    }

    /// <summary>The name after a title (a comma may stand between): up to five name words with no common word only; null when there is none.</summary>
    private (int Start, int End)? NameAfter(SentenceAnalysis s, int titleEnd)
    {
        var nameStart = s.IsWord(titleEnd, ",") ? titleEnd + 1 : titleEnd;
        var nameEnd = nameStart;
        // "Antony J. Blinken": an initial's dot stays inside the name.
        while (nameEnd < s.Tokens.Count && nameEnd - nameStart < 5
            && (NameWords.IsNameWord(s, lexicons.Words, nameEnd) || s.IsWord(nameEnd, ".") && s.Tokens[nameEnd - 1].Text.Length == 1 && NameWords.IsNameWord(s, lexicons.Words, nameEnd + 1)))
            nameEnd++;
        return nameEnd == nameStart || !HasProperWord(s, nameStart, nameEnd) ? null : (nameStart, nameEnd);
    }

    /// <summary>Where the next item of a list starts after a name (", ", " and ", ", and "), or -1.</summary>
    private static int NextListed(SentenceAnalysis s, int after)
    {
        var k = after;
        if (s.IsWord(k, ",")) k++;
        if (s.IsWord(k, "and")) k++;
        return k > after && k < s.Tokens.Count ? k : -1;
    }

    /// <summary>A name has a word that is no common word ("General Staff", "for Terrorism" are no names), or is one the knowledge base knows.</summary>
    private bool HasProperWord(SentenceAnalysis s, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (!lexicons.CommonWords.Contains(s.Tokens[k]) || s.MentionAt(k) is { Entity.Kind: EntityKind.Person }) return true;
        return false;
    }

    /// <summary>The knowledge base makes the person part of a state or one of its organs, so claims resolve them to it.</summary>
    private bool ServesState(Entity person)
    {
        foreach (var link in person.Links)
            if (link.Type == Core.Ontology.RelationTypes.PartOf.Id && kb.Get(link.Target) is { Kind: EntityKind.State or EntityKind.StateOrgan }) return true;
        return false;
    }

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
