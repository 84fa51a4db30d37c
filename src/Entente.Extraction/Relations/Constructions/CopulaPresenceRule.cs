using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Knowledge;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Some 900 Turkish soldiers are in Qatar", "Wagner has been in Libya since 2019", "the contingent remained in Syria":
/// being somewhere is a presence when an actor is the verb's own subject ("the talks were in Doha" names none) and the
/// place follows "in" at once; a pronoun subject is left out. An official somewhere ("the Malian president was in
/// Beijing") is on a visit. An existential ("there are no Russian soldiers in Niger") is a presence too. A construction,
/// not a trigger phrase: every trigger is also a spot the relation model asks about, and "is in" occurs in most texts.
/// </summary>
public sealed class CopulaPresenceRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var place in s.Mentions)
        {
            if (!place.IsPlace || place.Role == MentionRole.Modifier || place.First < 2) continue;
            // "in Mali", and for an existential "in the Central African Republic".
            var at = s.Tokens[place.First - 1].Is("the") ? place.First - 2 : place.First - 1;
            if (at >= 1 && s.Tokens[at].Is("in") && Existential(c, at) is { } present)
            {
                // The place's "in" is the trigger, so that a "no" before the actor reaches it as a negation.
                var there = new TriggerMention(at, at + 1, new TriggerEntry("there are … in", RelationTypes.Presence.Id, "copula"));
                foreach (var p in c.Args.PlacesFrom(place))
                    c.Emit(new FrameClaims(there, RelationTypes.Presence.Id, RelationTypes.Presence.Id + ".copula", 60) { Subjects = [present.Entity], Objects = [p.Entity], Arguments = [present, p] });
                continue;
            }
            if (at >= 1 && s.Tokens[at].Is("in") && ForcesBefore(c, at) is { } forces)
            {
                var stationed = new TriggerMention(at, at + 1, new TriggerEntry("forces in", RelationTypes.Presence.Id, "copula"));
                // "Sudanese troops in Darfur": a state's own forces at home are no presence of one actor in another's land.
                foreach (var p in c.Args.PlacesFrom(place))
                    if (c.Kb.CountryOf(p.Entity)?.Id != forces.Entity.Id)
                        c.Emit(new FrameClaims(stationed, RelationTypes.Presence.Id, RelationTypes.Presence.Id + ".forces-in", 60) { Subjects = [forces.Entity], Objects = [p.Entity], Arguments = [forces, p] });
                continue;
            }
            var verb = place.First - 2;
            if (verb < 1 || !s.Tokens[place.First - 1].Is("in") || !c.Words.Is(s.Tokens[verb], WordClass.PresenceCopula)) continue;
            // "as vulnerable as it is in Ukraine": a pronoun before "is in" is too often a comparison's, not a presence's.
            if (c.Args.SubjectOf(verb, inherit: false) is not { } actors || actors.Any(m => m.Form == MentionForm.Pronoun)) continue;
            var official = actors.Any(m => m.Form == MentionForm.Official || m.Serves is not null || m.Entity.Kind == EntityKind.Person)
                           || c.Words.Is(s.Tokens[verb - 1], WordClass.VisitorNoun);
            var relation = official ? RelationTypes.Visit.Id : RelationTypes.Presence.Id;
            var t = new TriggerMention(verb, place.First, new TriggerEntry(s.Tokens[verb].Lower + " in", relation, "copula"));
            foreach (var p in c.Args.PlacesFrom(place))
                c.Emit(new FrameClaims(t, relation, relation + ".copula", 60) { Subjects = SentenceArguments.Entities(actors), Objects = [p.Entity], Arguments = actors.Append(p) });
        }
    }

    /// <summary>
    /// "Russian troops in Syria", "900 US soldiers in Iraq", "Wagner fighters in Libya": forces or other personnel an
    /// actor sends (a noun of the personnel-deployment theme), named right before "in" and a place, are there. The actor is
    /// the one whose demonym or name the noun follows.
    /// </summary>
    private static EntityMention? ForcesBefore(FrameContext c, int at)
    {
        var s = c.S;
        var noun = at - 1;
        if (noun < 1 || !c.PersonnelAt(noun)) return null;
        var actor = s.MentionAt(noun) is { } covering && covering.Last == at ? covering : s.MentionAt(noun - 1) is { } before && before.Last == noun ? before : null;
        return actor is { IsMateriel: false, Possessive: false, Form: not MentionForm.Pronoun } && actor.Entity.Kind.IsActorKind() ? actor : null;
    }

    /// <summary>
    /// "There are some 2,000 Russian soldiers in Mali", "there are no Iranian advisers in Iraq": the actor named right
    /// before <paramref name="at"/>'s "in", after "there" and a copula with at most a few words or numbers between
    /// ("no", "some 2,000", "still about 300").
    /// </summary>
    private static EntityMention? Existential(FrameContext c, int at)
    {
        var s = c.S;
        if (s.MentionAt(at - 1) is not { IsActor: true, IsMateriel: false, Form: not MentionForm.Pronoun } actor || actor.Last != at) return null;
        for (var verb = actor.First - 1; verb >= 1 && verb >= actor.First - 7; verb--)
        {
            if (s.MentionAt(verb) is not null || s.Tokens[verb].Shape is not (Tokens.TokenShape.Word or Tokens.TokenShape.Number)) return null;
            if (c.Words.Is(s.Tokens[verb], WordClass.PresenceCopula) && s.Tokens[verb - 1].Is("there")) return actor;
        }
        return null;
    }
}
