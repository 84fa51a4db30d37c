using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Nouns: "the sale of arms to Iran", "IRGC weapons shipments to the junta", "Israeli complaints to Moscow",
/// "US sanctions on Iran". The actor modifying the noun is the subject, else the clause's subject; the
/// object follows "to", "for", "on" or "against".
/// </summary>
public sealed class NominalFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["nominal"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var modifier = c.ModifierBefore(t.First, verbEnds: true);
        // "Iran's backing of Hamas": with a possessor as the subject, "of" names the object.
        var obj = a.AfterPreposition(t.Last, end, false, "to", "for", "on", "against")
            ?? (modifier is { Possessive: true } ? a.AfterPreposition(t.Last, Math.Min(end, t.Last + 3), false, "of") : null);
        if (obj is null) return;
        var materiel = c.MaterielIn(Math.Max(0, t.First - 3), end);
        // "military aid to Kyiv from Washington", "arms deliveries from North Korea to Russia": "from" names the giver.
        // "the transfer of tanks by Belarus to Russia", "attacks by the Houthis on ships": "by" names the agent.
        // "from" names the giver, but not for attacks: "drone raids on Armenia from Azerbaijan" names where they are fired from.
        var giver = a.AfterPreposition(t.Last, end, false, "by")
            ?? (t.Entry.Relation == RelationTypes.Attack.Id ? null : a.AfterPreposition(t.Last, end, false, "from"));
        var subj = modifier is { } mod ? c.S.Mentions.Where(m => m.First == mod.First && m.Entity.Kind.IsActorKind()).ToList()
            : giver ?? a.SubjectOf(t.First, inherit: false);
        if (subj is null && t.Entry.Relation == RelationTypes.ArmsTransfer.Id && c.OriginOf(materiel) is { } origin)
        {
            var objs = SentenceArguments.Entities(obj).ToList();
            c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId + ".origin", 55) { Subjects = [origin], Objects = objs, Arguments = obj, Materiel = materiel, Place = c.PlaceIn(t.Last, end, objs)?.Entity });
            return;
        }
        if (subj is null) return;
        var objects = SentenceArguments.Entities(obj).ToList();
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(subj), Objects = objects, Arguments = subj.Concat(obj), Materiel = materiel, Place = c.PlaceIn(t.Last, end, objects)?.Entity });
    }
}
