using System.Text;
using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Unnamed collectives that act: "former Afghan special forces", "Iranian drone instructors", "Syrian rebels",
/// "CAR rebels", "jihadist insurgents", "Western governments", "civilians", "commercial shipping". A capitalized word
/// (a demonym, a people, a state's name) or one of a few lower-case words ("jihadist", "criminal") before a group noun,
/// with "former" if it is there, becomes a <see cref="EntityKind.Group"/> entity named by its words; so do a few
/// collectives that need no modifier. Each is provisional (<see cref="Entity.NeedsReview"/>): no knowledge base lists it.
/// </summary>
public sealed class CollectiveFinder(MentionLexicons lexicons)
{
    /// <summary>
    /// Collectives named without a modifier, which gold annotations and analysts treat as parties, each with the one name
    /// its wordings share: "merchant ships" and "commercial vessels" attacked in a shipping lane are one party, commercial shipping.
    /// (Not "cargo ships": those usually carry one state's deliveries, and are no party.)
    /// </summary>
    private static readonly PhraseTable<string> Standalone = Phrases(
        ("civilians", "civilians"),
        ("commercial shipping", "commercial shipping"), ("commercial ships", "commercial shipping"), ("commercial vessels", "commercial shipping"),
        ("merchant ships", "commercial shipping"), ("merchant vessels", "commercial shipping"), ("merchant shipping", "commercial shipping"),
        ("international shipping", "commercial shipping"), ("commercial tankers", "commercial shipping"), ("shipping vessels", "commercial shipping"));

    public void Apply(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (AloneAt(s, i) is { } alone)
            {
                i = alone - 1;
                continue;
            }
            if (i == 0) continue;
            var former = i > 1 && tokens[i - 2].Is("former");
            int end;
            string? noun = null;
            if (!lexicons.GroupNouns.TryMatch(tokens, i, out noun, out end))
            {
                if (!former || !lexicons.AgentNouns.Contains(tokens[i].Lower)) continue;
                end = i + 1;
            }
            var first = i - 1;
            var lower = lexicons.Words.Is(tokens[first], WordClass.CollectiveModifier) && noun != "polity";
            // "Su-30MK2 fighters" are aircraft: a designation with digits names materiel, not a people. A sentence's first word
            // is capitalized whatever it is ("Many rebels"): there it must be a demonym, a people or no common word.
            if (!(tokens[first].IsCapitalized || lower) || first == 0 && !IsDemonym(s, first) && !lower && !PeopleLike(tokens[first]) || tokens[first].Text.Any(char.IsDigit)) continue;
            if (s.MentionAt(first) is { } modifier && !Modifies(modifier, noun)) continue;
            if (first > 0 && tokens[first - 1].Is("former")) first--;
            var name = s.TextOf(first, end);
            var country = s.MentionAt(i - 1)?.Entity;
            // "Iranian-backed militias": the name keeps its words, but the backer's part stays a mention of its own before
            // the collective, so that the compound still says who backs it.
            var backer = s.MentionAt(i - 1) is { Form: MentionForm.CompoundPart, Suffix: not null } compound && first == i - 1 ? compound : null;
            if (backer is not null) (first, country) = (i, null);
            var entity = OrganizationAfter(s, lexicons.Words, end) ?? OwnFighters(s, i, former) ?? new Entity
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
    internal static Entity? OrganizationAfter(SentenceAnalysis s, WordClasses words, int end)
    {
        if (end >= s.Tokens.Count || !words.Is(s.Tokens[end], WordClass.OriginPreposition)) return null;
        var k = s.IsWord(end + 1, "the") ? end + 2 : end + 1;
        return s.MentionAt(k) is { Form: MentionForm.Name or MentionForm.Acronym } m
            && m.Entity.Kind is EntityKind.ArmedGroup or EntityKind.StateOrgan or EntityKind.Organization ? m.Entity : null;
    }

    /// <summary>"Houthi fighters", "Hezbollah militants": an armed group's own fighters are the group itself, not a collective
    /// of their own (a state's are: "Russian fighters" need not be its army); "former" ones have left it.</summary>
    private Entity? OwnFighters(SentenceAnalysis s, int noun, bool former) =>
        !former && s.MentionAt(noun - 1) is { Form: MentionForm.Adjective, Entity.Kind: EntityKind.ArmedGroup } owner && lexicons.Words.Is(s.Tokens[noun], WordClass.ArmedPeopleNoun)
            ? owner.Entity : null;

    private static bool IsDemonym(SentenceAnalysis s, int i) => s.MentionAt(i) is { Form: MentionForm.Adjective };

    private bool PeopleLike(in Tokens.Token t) => lexicons.Words.Is(t, WordClass.PeopleWord) || !lexicons.CommonWords.Contains(t);

    /// <summary>
    /// A mention before a group noun that the collective takes in: a demonym ("Syrian rebels") or a state's or place's own
    /// name ("CAR rebels", "Gaza armed groups"); never a state's demonym before a polity noun ("the Iranian governments").
    /// </summary>
    private static bool Modifies(EntityMention m, string? noun) =>
        m.First == m.Last - 1 && (m.Form is MentionForm.Adjective or MentionForm.CompoundPart
            || m.Form is MentionForm.Name or MentionForm.Acronym && m.Entity.Kind is EntityKind.State or EntityKind.Place && !m.Possessive)
        && !(noun == "polity" && m.Entity.Kind is EntityKind.State or EntityKind.Regime);

    /// <summary>"civilians", "commercial shipping" at token i, with no capitalized modifier before it: a collective on its own; returns its end.</summary>
    private static int? AloneAt(SentenceAnalysis s, int i)
    {
        if (!Standalone.TryMatch(s.Tokens, i, out var name, out var end) || i > 0 && s.Tokens[i - 1].IsCapitalized || s.MentionAt(i) is not null) return null;
        s.Mentions.Add(new EntityMention(i, end, new Entity { Id = Slug(name), Name = name, Kind = EntityKind.Group, NeedsReview = true }, MentionForm.Group));
        return end;
    }

    private static PhraseTable<string> Phrases(params (string Phrase, string Name)[] phrases)
    {
        var table = new PhraseTable<string>();
        foreach (var (phrase, name) in phrases) table.Add(phrase, name);
        return table;
    }

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
