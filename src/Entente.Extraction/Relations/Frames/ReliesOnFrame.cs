namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Dependence read backwards: "Caracas has relied on Moscow and Tehran", "the junta depends on Beijing".
/// The actor after the verb supports the clause's subject.
/// </summary>
public sealed class ReliesOnFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["relies-on"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var a = c.Args;
        var dependent = a.SubjectOf(t.First);
        var supporters = a.ObjectAfter(t.Last);
        if (dependent is null || supporters is null) return;
        foreach (var m in supporters) a.TakenAsObject.Add(m);
        a.LastSubject = dependent;
        var end = a.RegionEnd(t);
        c.Emit(new FrameClaims(t, t.Entry.Relation, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(supporters), Objects = SentenceArguments.Entities(dependent), Arguments = dependent.Concat(supporters), Materiel = c.MaterielIn(t.Last, end) });
    }
}
