namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Weapons aimed at a target: "the Houthis fired ballistic missiles at Israel", "Hezbollah launched drones
/// against Israeli positions". The target is the actor or place after "at", "against" or "toward"; with
/// none ("launched a satellite", "launched an offensive") the verb names no attack.
/// </summary>
public sealed class AimedFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["aimed"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var end = a.RegionEnd(t);
        var subj = a.SubjectOf(t.First);
        var target = a.AfterPreposition(t.Last, end, true, "at", "against", "toward", "towards", "into");
        if (subj is null || target is null) return;
        foreach (var m in target) a.TakenAsObject.Add(m);
        a.LastSubject = subj;
        var targets = c.StatesForPlaces(SentenceArguments.Entities(target));
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 65) { Subjects = SentenceArguments.Entities(subj), Objects = targets, Arguments = subj.Concat(target), Materiel = c.MaterielIn(t.Last, end) });
    }
}
