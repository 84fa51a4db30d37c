using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Presence: "IRGC advisors are on the ground in Crimea and potentially in Belarus", "In the CAR, the IRGC and
/// Russia are co-located". Each actor is present in each place named after the trigger (each of a list after one
/// preposition: "in Chad, Niger and Libya"), else in the place the sentence opens with.
/// </summary>
public sealed class PresenceFrame : ITriggerFrame
{
    /// <summary>The frame's name in triggers.tsv, which is also its noun ("a presence in", "the Iranian presence").</summary>
    public const string Name = "presence";

    public IReadOnlyList<string> Names { get; } = [Name];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var actors = OwnerOfNoun(t, c, end) ?? (ReducedRelative(t, c, out var owner) ? owner : a.SubjectOf(t.First));
        if (actors is null) return;
        var places = new List<EntityMention>();
        foreach (var m in c.S.Mentions)
        {
            if (m.First < t.Last || m.First >= end || !m.IsPlace || m.Role == MentionRole.Modifier) continue;
            var prep = a.PrepositionBefore(m);
            // "in several countries, including Chad, Niger and Libya", "such as Chad and Niger": the places named after the general one.
            if (prep is not null && c.Words.Is(prep, WordClass.PlaceListOpener) || SuchAs(c, m)) places.AddRange(a.Group(m).Where(p => p.IsPlace));
            // "operating in Chad, Niger and Libya": every place of the list the preposition opens; "expanded to Chad and
            // Niger": a trigger ending in its own preposition opens the list right after it.
            else if (prep is not null && c.Words.Is(prep, WordClass.PresencePreposition) || m.First == t.Last && c.Words.Is(c.S.Tokens[t.Last - 1], WordClass.Preposition))
                places.AddRange(a.PlacesFrom(m).Where(p => p.First < end));
        }
        if (places.Count == 0 && c.S.Mentions.FirstOrDefault(m => m.Last <= t.First && m.IsPlace && a.PrepositionBefore(m) is "in") is { } opening)
            places.Add(opening);
        if (places.Count == 0) return;
        a.LastSubject = actors;
        foreach (var p in places.DistinctBy(p => p.Entity.Id))
            c.Emit(new FrameClaims(t, RelationTypes.Presence.Id, t.Entry.RuleId, 65) { Subjects = SentenceArguments.Entities(actors), Objects = [p.Entity], Arguments = actors.Append(p) });
    }

    /// <summary>"in several countries such as Chad": the two words that go on from a general place to the places meant.</summary>
    private static bool SuchAs(FrameContext c, EntityMention m) => c.Args.HeadWordBefore(m) is var k && c.S.IsWord(k, "as") && c.S.IsWord(k - 1, "such");

    /// <summary>
    /// "companies operating in Turkey", "Russian troops stationed in Syria": a participle right after a bare noun belongs to
    /// that noun (a reduced relative clause), so who is present is the actor its noun phrase names ("Russian", "Hezbollah"),
    /// and nobody when the phrase names none, or names only a backer ("Russian-backed militias operating in Chad"). False when no
    /// bare noun stands right before the participle: then the clause's subject is searched for as usual.
    /// </summary>
    private static bool ReducedRelative(TriggerMention t, FrameContext c, out List<EntityMention>? owner)
    {
        owner = null;
        var s = c.S;
        var first = s.Tokens[t.First];
        if (t.First < 1 || !(first.Lower.EndsWith("ing", StringComparison.Ordinal) || c.Words.Is(first, WordClass.StationedParticiple))) return false;
        if (!BareWord(s.Tokens[t.First - 1], c) || s.MentionAt(t.First - 1) is not null) return false;
        // The noun and at most two words before it ("Russian military advisers"): farther back lies another clause's verb.
        for (var k = t.First - 1; k >= 0 && k >= t.First - 3; k--)
        {
            if (s.MentionAt(k) is { } m)
            {
                if (m.Entity.Kind.IsActorKind() && m.Suffix is null && m.Form != MentionForm.Materiel) owner = c.Args.Group(m);
                return true;
            }
            if (!BareWord(s.Tokens[k], c) || c.Words.Is(s.Tokens[k], WordClass.NounPhraseOpener)) return true;
        }
        return true;
    }

    /// <summary>A lower-case word that can stand in a noun phrase: no verb, adverb, preposition or conjunction.</summary>
    private static bool BareWord(in Tokens.Token token, FrameContext c) =>
        token.IsWord && !token.IsCapitalized && !c.Words.Is(token, WordClass.FiniteVerb) && !c.Words.Is(token, WordClass.PassiveAuxiliary)
        && !c.Words.Is(token, WordClass.PassiveAdverb)
        && !c.Words.Is(token, WordClass.Preposition) && !c.Words.Is(token, WordClass.Coordinator) && !token.Is("to");

    /// <summary>
    /// Whose presence the noun names, when the trigger ends in it: the actor modifying it ("the Iranian military
    /// presence", "its presence"), else the one after its "of" ("the presence of Russian mercenaries"). Only where the
    /// noun names none is it the clause's subject's ("Russia maintains a presence in"); the one who criticizes or
    /// fears a presence is not present ("Paris criticized the presence of …").
    /// </summary>
    private static List<EntityMention>? OwnerOfNoun(TriggerMention t, FrameContext c, int end)
    {
        if (!c.S.Tokens[t.Last - 1].Is(Name)) return null;
        if (c.ModifierBefore(t.First, verbEnds: true) is { } modifier && modifier.Entity.Kind.IsActorKind()) return c.Args.Group(modifier);
        return c.S.IsWord(t.Last, "of") ? c.Args.AfterPreposition(t.Last, Math.Min(end, t.Last + 4), false, "of") : null;
    }
}
