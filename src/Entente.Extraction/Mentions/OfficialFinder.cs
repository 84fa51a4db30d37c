using Entente.Core.Entities;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// "Iranian Foreign Minister Hossein Amir-Abdollahian", "Russia's Deputy Foreign Minister Mikhail
/// Bogdanov": a demonym or state, a title and a name make one mention of the state, since an official
/// acting in office acts for the state.
/// </summary>
public sealed class OfficialFinder(MentionLexicons lexicons)
{
    public void Apply(SentenceAnalysis s)
    {
        for (var k = 0; k < s.Mentions.Count; k++)
        {
            var m = s.Mentions[k];
            if (m.Entity.Kind != EntityKind.State || m.Form is MentionForm.CompoundPart && m.Suffix is not null) continue;
            var at = m.Possessive ? m.Last + 1 : m.Last;
            var titleEnd = -1;
            while (lexicons.Titles.TryMatch(s.Tokens, at, out _, out var end) && s.Tokens[at].IsCapitalized)
            {
                titleEnd = end;
                at = end;
            }
            if (titleEnd < 0) continue;
            var nameEnd = titleEnd;
            while (nameEnd < s.Tokens.Count && nameEnd - titleEnd < 4 && s.Tokens[nameEnd].IsCapitalized) nameEnd++;
            if (nameEnd == titleEnd) continue;
            // A loop rather than RemoveAll with a lambda: capturing m made every mention of the sentence allocate a closure.
            for (var o = s.Mentions.Count - 1; o >= 0; o--)
            {
                var other = s.Mentions[o];
                if (other == m || other.First < m.Last || other.First >= nameEnd) continue;
                s.Mentions.RemoveAt(o);
            }
            m.Last = nameEnd;
            m.Form = MentionForm.Official;
            m.Role = MentionRole.Actor;
            m.Possessive = s.IsWord(nameEnd, "'s");
        }
    }
}
