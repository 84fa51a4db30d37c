using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>"B received X from A", "Wagner received Iranian drones": the claim runs from the giver (the "from"
/// actor, else the origin of the materiel) to the receiver.</summary>
public sealed class ReceiveFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["receive"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var taker = a.SubjectOf(t.First);
        if (taker is null) return;
        var materiel = c.MaterielIn(t.Last, end);
        var giver = a.AfterPreposition(t.Last, end, false, "from");
        var givers = giver is not null ? SentenceArguments.Entities(giver).ToList() : c.OriginOf(materiel) is { } o ? [o] : [];
        if (givers.Count == 0 || t.Entry.Relation == "arms-transfer" && materiel.Count == 0 && giver is null) return;
        var takers = SentenceArguments.Entities(taker).ToList();
        var place = c.PlaceIn(t.Last, end, takers)?.Entity;
        c.Emit(t, t.Entry.Relation, givers, takers, t.Entry.RuleId, 65, taker.Concat(giver ?? []), materiel, place);
    }
}
