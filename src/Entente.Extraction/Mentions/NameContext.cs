using Entente.Core.Entities;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Reads what the words around an unknown name say about it: a descriptor or role before it ("the Iranian firm",
/// "North Korean arms dealer", "Gen."), a seat ("Hong Kong-based"), an apposition after it (", a Chinese company",
/// ", the group's treasurer", ", Iran's defence minister", ", who"), and a place preposition ("in", "near").
/// </summary>
internal sealed class NameContext(MentionLexicons lexicons, KnowledgeBase kb)
{
    /// <summary>A title whose holder acts for the state it names ("defence minister", "ambassador", "spokesman"), given its last word.</summary>
    public static bool IsStateTitle(in Tokens.Token last, WordClasses words) => !words.Is(last, WordClass.NonStateTitle);

    /// <summary>What the context says: the kind of entity, its state, whether a state title makes it an official, where the mention starts.</summary>
    public readonly record struct Cue(EntityKind? Kind, string? Country, bool StateTitle, bool Armed, int? SpanFirst)
    {
        /// <summary>For an apposition, the token after its last word.</summary>
        public int? End { get; init; }
    }

    public Cue Before(SentenceAnalysis s, int first)
    {
        var tokens = s.Tokens;
        var p = first - 1;
        EntityKind? kind = null;
        string? country = null;
        var stateTitle = false;
        var armed = false;
        int? spanFirst = null;
        if (p >= 1 && tokens[p].Text == "." && lexicons.PersonCues.Contains(tokens[p - 1]))
        {
            kind = EntityKind.Person;
            p -= 2;
        }
        else if (p >= 0 && s.MentionAt(p) is { Form: MentionForm.CompoundPart, Suffix: { } suffix } seat && lexicons.Words.Is(suffix, WordClass.SeatSuffix))
        {
            kind = EntityKind.Organization;
            country = CountryOf(seat.Entity);
            spanFirst = seat.First;
            p = seat.First - 1;
        }
        else if (p >= 0 && s.MentionAt(p) is null && NameWords.ModifierSuffix(tokens[p], lexicons.Words) is { } sfx && lexicons.Words.Is(sfx, WordClass.SeatSuffix))
        {
            var q = p;
            while (q > 0 && tokens[q - 1].IsCapitalized && s.MentionAt(q - 1) is null) q--;
            var text = s.TextOf(q, p + 1);
            kind = EntityKind.Organization;
            country = kb.Resolve(text[..text.LastIndexOf('-')]) is { } place ? CountryOf(place) : null;
            spanFirst = q;
            p = q - 1;
        }
        else if (p >= 0 && !tokens[p].IsCapitalized && tokens[p].IsWord && s.MentionAt(p) is null)
        {
            var titleFirst = TitleEndingAt(s, p);
            if (titleFirst >= 0)
            {
                kind = EntityKind.Person;
                stateTitle = IsStateTitle(tokens[p], lexicons.Words);
                p = titleFirst - 1;
            }
            else if (lexicons.PersonCues.Contains(tokens[p]))
            {
                kind = EntityKind.Person;
                p--;
            }
            else if (lexicons.Words.Is(tokens[p], WordClass.NameDescriptor) && lexicons.NameHeads.TryGetValue(tokens[p], out var described))
            {
                kind = described;
                p--;
            }
        }
        if (kind is null)
        {
            // "the Iraqi Popular Mobilization Forces": a demonym right before a name gives its state.
            if (p >= 0 && s.MentionAt(p) is { Form: MentionForm.Adjective or MentionForm.CompoundPart, Suffix: null } demonym && CountryOf(demonym.Entity) is { } c)
                return new Cue(null, c, false, false, demonym.First);
            // "Zambia's Ministry of Mines": a state's possessive does too.
            if (s.IsWord(p, "'s") && s.MentionAt(p - 1) is { Entity.Kind: EntityKind.State } owner)
                return new Cue(null, owner.Entity.Id, false, false, owner.First);
            return default;
        }
        // Back over the descriptor's modifiers: "Yemen-based logistics company", "North Korean arms dealer", "Poland's state-owned",
        // "a Myanmar national" (a state's own name only right before the descriptor).
        for (var q = p; q >= 0 && q >= p - 3; q--)
        {
            var t = tokens[q];
            if (s.MentionAt(q) is { } m && m.Entity.Kind is EntityKind.State or EntityKind.Place
                && (m.Form is MentionForm.Adjective or MentionForm.CompoundPart || q == p && !m.Possessive))
            {
                country ??= CountryOf(m.Entity);
                spanFirst = m.First;
                q = m.First;
                continue;
            }
            if (t.Lower == "'s" && q > 0 && s.MentionAt(q - 1) is { } owner && CountryOf(owner.Entity) is { } oc)
            {
                country ??= oc;
                spanFirst = owner.First;
                break;
            }
            if (lexicons.Words.Is(t, WordClass.DescriptorStop) || !t.IsWord || t.IsCapitalized) break;
            if (lexicons.Words.Is(t, WordClass.ArmedModifier)) armed = true;
        }
        return new Cue(kind, country, stateTitle, armed, spanFirst);
    }

    public Cue After(SentenceAnalysis s, int end)
    {
        var tokens = s.Tokens;
        if (!s.IsWord(end, ",") || end + 1 >= tokens.Count) return default;
        var j = end + 1;
        if (tokens[j].Is("who")) return new Cue(EntityKind.Person, null, false, false, null);
        if (!lexicons.Words.Is(tokens[j], WordClass.DescriptorStop) && s.MentionAt(j) is null) return default;
        EntityKind? kind = null;
        string? country = null;
        var stateTitle = false;
        // The apposition's head noun is its last kind word: "Iran's foreign ministry spokesman", "the company's director".
        for (; j < Math.Min(tokens.Count, end + 9) && !lexicons.Words.Is(tokens[j], WordClass.AppositionEnd) && !lexicons.Words.Is(tokens[j], WordClass.AppositionRelativeWord); j++)
        {
            if (s.MentionAt(j) is { } m)
            {
                if (m.Entity.Kind is EntityKind.State or EntityKind.Place) country ??= CountryOf(m.Entity);
                else if (m.Entity.Kind.IsActor() && m.Form is MentionForm.Name or MentionForm.Acronym && !m.Possessive) break;
                j = Math.Max(j, m.Last - 1);
                continue;
            }
            if (NameWords.ModifierSuffix(tokens[j], lexicons.Words) is { } sfx && lexicons.Words.Is(sfx, WordClass.SeatSuffix))
            {
                var text = tokens[j].Text;
                if (kb.Resolve(text[..text.LastIndexOf('-')]) is { } place) country ??= CountryOf(place);
                continue;
            }
            if (lexicons.Titles.TryMatch(tokens, j, out _, out var titleEnd))
            {
                kind = EntityKind.Person;
                stateTitle = IsStateTitle(tokens[titleEnd - 1], lexicons.Words);
                j = titleEnd - 1;
            }
            else if (lexicons.PersonCues.Contains(tokens[j]))
            {
                kind = EntityKind.Person;
                stateTitle = false;
            }
            else if (!tokens[j].IsCapitalized && lexicons.NameHeads.TryGetValue(tokens[j], out var k))
            {
                kind = k;
                stateTitle = false;
            }
        }
        return kind is null ? default : new Cue(kind, country, stateTitle, false, null) { End = j };
    }

    /// <summary>"in Goma", "near the Qandil": a place preposition before the name.</summary>
    public bool AfterPlacePreposition(SentenceAnalysis s, int first)
    {
        var p = first - 1;
        if (s.IsWord(p, "the")) p--;
        return p >= 0 && lexicons.Words.Is(s.Tokens[p], WordClass.NamePlacePreposition);
    }

    /// <summary>The first token of a state title ("defence minister", "ambassador") that ends at token <paramref name="last"/>, or -1.</summary>
    private int TitleEndingAt(SentenceAnalysis s, int last)
    {
        for (var k = Math.Max(0, last - 3); k <= last; k++)
            if (lexicons.Titles.TryMatch(s.Tokens, k, out _, out var end) && end == last + 1) return k;
        return -1;
    }

    private string? CountryOf(Entity e) => e.Kind == EntityKind.State ? e.Id : e.Country ?? kb.CountryOf(e)?.Id;
}
