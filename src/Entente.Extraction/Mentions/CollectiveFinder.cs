using System.Text;
using Entente.Core.Entities;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Unnamed collectives that act: "former Afghan special forces", "Iranian drone instructors". A
/// capitalized word (usually a demonym) before a group noun, with "former" if it is there, becomes a
/// <see cref="EntityKind.Group"/> entity named by its words.
/// </summary>
public sealed class CollectiveFinder(MentionLexicons lexicons)
{
    public void Apply(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var former = i > 1 && tokens[i - 2].Is("former");
            int end;
            if (!lexicons.GroupNouns.TryMatch(tokens, i, out _, out end))
            {
                if (!former || !lexicons.AgentNouns.Contains(tokens[i].Lower)) continue;
                end = i + 1;
            }
            var first = i - 1;
            // "Su-30MK2 fighters" are aircraft: a designation with digits names materiel, not a people.
            if (!tokens[first].IsCapitalized || first == 0 && !IsDemonym(s, first) || tokens[first].Text.Any(char.IsDigit)) continue;
            if (s.MentionAt(first) is { Form: not (MentionForm.Adjective or MentionForm.CompoundPart) }) continue;
            if (first > 0 && tokens[first - 1].Is("former")) first--;
            var name = s.TextOf(first, end);
            var country = s.MentionAt(i - 1)?.Entity;
            var entity = OrganizationAfter(s, end) ?? new Entity
            {
                Id = Slug(name),
                Name = name,
                Kind = EntityKind.Group,
                Country = country?.Kind == EntityKind.State ? country.Id : null,
                NeedsReview = true,
            };
            RemoveStartingIn(s.Mentions, first, end);
            s.Mentions.Add(new EntityMention(first, end, entity, MentionForm.Group));
            i = end - 1;
        }
    }

    /// <summary>Removes, in place and in order, the mentions that start in [first, end): a loop, since a lambda capturing
    /// the bounds made the loop above allocate a closure for every token.</summary>
    internal static void RemoveStartingIn(List<EntityMention> mentions, int first, int end)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k].First >= first && mentions[k].First < end) mentions.RemoveAt(k);
    }

    /// <summary>"Russian mercenaries of the Wagner Group", "Iranian advisers from the Quds Force": the collective is that body.</summary>
    internal static Entity? OrganizationAfter(SentenceAnalysis s, int end)
    {
        if (!(s.IsWord(end, "of") || s.IsWord(end, "from"))) return null;
        var k = s.IsWord(end + 1, "the") ? end + 2 : end + 1;
        return s.MentionAt(k) is { Form: MentionForm.Name or MentionForm.Acronym } m
            && m.Entity.Kind is EntityKind.ArmedGroup or EntityKind.StateOrgan or EntityKind.Organization ? m.Entity : null;
    }

    private static bool IsDemonym(SentenceAnalysis s, int i) => s.MentionAt(i) is { Form: MentionForm.Adjective };

    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
