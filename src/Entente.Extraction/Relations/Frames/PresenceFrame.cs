using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Presence: "IRGC advisors are on the ground in Crimea and potentially in Belarus", "In the CAR, the IRGC and
/// Russia are co-located". Each actor is present in each place named after the trigger, else in the
/// place the sentence opens with.
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
        var actors = OwnerOfNoun(t, c, end) ?? a.SubjectOf(t.First);
        if (actors is null) return;
        var places = new List<EntityMention>();
        foreach (var m in c.S.Mentions)
        {
            if (m.First < t.Last || m.First >= end || !m.IsPlace || m.Role == MentionRole.Modifier) continue;
            var prep = a.PrepositionBefore(m);
            // "in several countries, including Chad, Niger and Libya": the places named after the general one.
            if (prep is not null && c.Words.Is(prep, WordClass.PlaceListOpener)) places.AddRange(a.Group(m).Where(p => p.IsPlace));
            else if (prep is not null && c.Words.Is(prep, WordClass.PresencePreposition) || m.First == t.Last && c.S.Tokens[t.Last - 1].Is("in")) places.Add(m);
        }
        if (places.Count == 0 && c.S.Mentions.FirstOrDefault(m => m.Last <= t.First && m.IsPlace && a.PrepositionBefore(m) is "in") is { } opening)
            places.Add(opening);
        if (places.Count == 0) return;
        a.LastSubject = actors;
        foreach (var p in places.DistinctBy(p => p.Entity.Id))
            c.Emit(new FrameClaims(t, RelationTypes.Presence.Id, t.Entry.RuleId, 65) { Subjects = SentenceArguments.Entities(actors), Objects = [p.Entity], Arguments = actors.Append(p) });
    }

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
