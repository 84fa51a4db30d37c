using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Constructions;

/// <summary>
/// "Some 900 Turkish soldiers are in Qatar", "Wagner has been in Libya since 2019", "the contingent remained in Syria":
/// being somewhere is a presence when an actor is the verb's own subject ("the talks were in Doha" names none) and the
/// place follows "in" at once; a pronoun subject is left out. An official somewhere ("the Malian president was in
/// Beijing") is on a visit. A construction, not a trigger phrase: every trigger is also a spot the relation model asks
/// about, and "is in" occurs in most texts.
/// </summary>
public sealed class CopulaPresenceRule : IConstructionRule
{
    public void Apply(FrameContext c)
    {
        var s = c.S;
        foreach (var place in s.Mentions)
        {
            var verb = place.First - 2;
            if (verb < 1 || !place.IsPlace || place.Role == MentionRole.Modifier || !s.Tokens[place.First - 1].Is("in")
                || !c.Words.Is(s.Tokens[verb], WordClass.PresenceCopula)) continue;
            // "as vulnerable as it is in Ukraine": a pronoun before "is in" is too often a comparison's, not a presence's.
            if (c.Args.SubjectOf(verb, inherit: false) is not { } actors || actors.Any(m => m.Form == MentionForm.Pronoun)) continue;
            var official = actors.Any(m => m.Form == MentionForm.Official || m.Serves is not null || m.Entity.Kind == EntityKind.Person)
                           || c.Words.Is(s.Tokens[verb - 1], WordClass.VisitorNoun);
            var relation = official ? RelationTypes.Visit.Id : RelationTypes.Presence.Id;
            var t = new TriggerMention(verb, place.First, new TriggerEntry(s.Tokens[verb].Lower + " in", relation, "copula"));
            c.Emit(new FrameClaims(t, relation, relation + ".copula", 60) { Subjects = SentenceArguments.Entities(actors), Objects = [place.Entity], Arguments = actors.Append(place) });
        }
    }
}
