using Entente.Core.Ontology;
using Entente.Extraction.Lexicons;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Production under licence: "agreed to mass-produce Iranian loitering munitions inside Russia" runs from the
/// materiel's origin (the licensor) to the producer (the place it is made in, else the subject).
/// </summary>
public sealed class ProduceFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["produce"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var materiel = c.MaterielIn(t.Last, end);
        var origin = c.OriginOf(materiel);
        if (origin is null) return;
        var inside = a.AfterPreposition(t.Last, end, true, WordClass.SitePreposition);
        // "in Tatarstan": a place that is no state is where the subject produces, not a producer.
        var producers = inside is [{ Entity.Kind: not Core.Entities.EntityKind.Place }, ..] ? inside : a.SubjectOf(t.First);
        if (producers is null) return;
        var place = inside?.FirstOrDefault()?.Entity;
        c.Emit(new FrameClaims(t, RelationTypes.ArmsProduction.Id, t.Entry.RuleId, 60) { Subjects = [origin], Objects = SentenceArguments.Entities(producers).Where(e => e.Id != origin.Id), Arguments = producers, Materiel = materiel, Place = place });
    }
}
