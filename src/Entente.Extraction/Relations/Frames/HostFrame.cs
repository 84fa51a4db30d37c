using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Mentions;
using Entente.Knowledge;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Hosting: "Xi Jinping hosted Putin in Beijing" is Russia's visit to China; "Belarus has hosted Russian nuclear
/// weapons" and "Syria hosts Russian troops" give the foreign forces or weapons a base, which is basing access
/// from the host to the state they belong to.
/// </summary>
public sealed class HostFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["host"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        // "a host of Pacific states", "the host nation", "a final against hosts Brazil": after an article or a
        // preposition, host is a noun.
        if (t.First > 0 && (c.Words.Is(c.S.Tokens[t.First - 1], WordClass.Article) || c.Words.Is(c.S.Tokens[t.First - 1], WordClass.Preposition))) return;
        var end = a.RegionEnd(t);
        var host = a.SubjectOf(t.First);
        if (host is null) return;
        var guest = a.ObjectAfter(t.Last);
        // "Oman hosted talks between Iran and the United States": the host brings the parties together (facilitation of
        // each); they meet, which the talks noun's own frame says, and are guests of no visit.
        if (TalksBetween(c, t) && guest is not null)
        {
            var parties = SentenceArguments.Entities(guest).Where(e => e.Kind != EntityKind.Place).ToList();
            c.Emit(new FrameClaims(t, RelationTypes.Facilitation.Id, t.Entry.RuleId + ".talks", 60) { Subjects = SentenceArguments.Entities(host), Objects = parties, Arguments = host.Concat(guest), Place = c.PlaceIn(t.Last, end, [])?.Entity });
            return;
        }
        // "hosted Syrian refugees", "hosts civilians who fled": a population is neither a visitor nor a force.
        if (guest is [var population, ..] && c.Words.Is(c.S.Tokens[population.Last - 1], WordClass.PopulationNoun)) return;
        var materiel = c.MaterielIn(t.Last, Math.Min(end, t.Last + 5));
        if (guest is [var forces, ..] && !Visitors(c, forces) && (forces.Form == MentionForm.Adjective || forces.Entity.Kind is not (EntityKind.Person or EntityKind.State or EntityKind.Regime) && forces.Form != MentionForm.Official))
        {
            // "hosted Russian troops", "hosts Wagner": forces are based there; a state's armed forces stand for the state.
            var user = c.Kb.StateOf(forces.Entity, followPartOf: false) ?? forces.Entity;
            // "Somalia hosted Turkish military instructors": the host is taught by the state its guests come from.
            if (Trainers(c, forces))
            {
                c.Emit(new FrameClaims(t, RelationTypes.Training.Id, t.Entry.RuleId + ".trainers", 60) { Subjects = [user], Objects = SentenceArguments.Entities(host), Arguments = host.Concat(guest), Place = c.PlaceIn(t.Last, end, [])?.Entity });
                return;
            }
            c.Emit(new FrameClaims(t, RelationTypes.BasingAccess.Id, t.Entry.RuleId + ".forces", 60) { Subjects = SentenceArguments.Entities(host), Objects = [user], Arguments = host.Concat(guest), Materiel = materiel, Place = c.PlaceIn(t.Last, end, [])?.Entity });
            return;
        }
        if (guest is null)
        {
            if (c.OriginOf(materiel) is { } origin)
                c.Emit(new FrameClaims(t, RelationTypes.BasingAccess.Id, t.Entry.RuleId + ".materiel", 60) { Subjects = SentenceArguments.Entities(host), Objects = [origin], Arguments = host, Materiel = materiel });
            return;
        }
        foreach (var m in guest) a.TakenAsObject.Add(m);
        a.LastSubject = host;
        var place = c.PlaceIn(t.Last, end, [])?.Entity;
        c.Emit(new FrameClaims(t, RelationTypes.Visit.Id, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(guest), Objects = SentenceArguments.Entities(host).Where(e => e.Kind != EntityKind.Place), Arguments = host.Concat(guest), Materiel = materiel, Place = place });
    }

    /// <summary>A talks noun right after the verb, or past an article and a word or two, and "between" after it.</summary>
    private static bool TalksBetween(FrameContext c, TriggerMention t)
    {
        foreach (var talks in c.S.Triggers)
            if (talks.First >= t.Last && talks.First <= t.Last + 3 && talks.Entry.Frame == "symmetric-noun" && c.S.IsWord(talks.Last, "between")) return true;
        return false;
    }

    /// <summary>"hosted a Hamas delegation", "hosts Taliban leaders": the guests' noun names people who visit, not forces.</summary>
    private static bool Visitors(FrameContext c, EntityMention guest) =>
        c.Words.Is(c.S.Tokens[guest.Last - 1], WordClass.VisitorNoun) || guest.Last < c.S.Tokens.Count && c.Words.Is(c.S.Tokens[guest.Last], WordClass.VisitorNoun);

    /// <summary>The guests' noun, at the mention's end or a word or two after it ("Turkish military trainers"), names teachers.</summary>
    private static bool Trainers(FrameContext c, EntityMention forces)
    {
        for (var k = Math.Max(forces.First, forces.Last - 1); k < Math.Min(c.S.Tokens.Count, forces.Last + 2); k++)
            if (c.Words.Is(c.S.Tokens[k], WordClass.TrainerNoun)) return true;
        return false;
    }
}
