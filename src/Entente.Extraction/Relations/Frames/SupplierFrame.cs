using Entente.Core.Ontology;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Frames;

/// <summary>
/// Supplier nouns: "China and Russia, its largest weapons suppliers" (the list before the comma supplies
/// the possessor), "Russia is Iran's main arms supplier" (the subject supplies the possessor).
/// </summary>
public sealed class SupplierFrame : ITriggerFrame
{
    public IReadOnlyList<string> Names { get; } = ["supplier"];

    public void Apply(TriggerMention t, FrameContext c)
    {
        var s = c.S;
        var possessor = s.Mentions.LastOrDefault(m => m.Possessive && m.IsActor && m.Last <= t.First && m.First >= t.First - 8);
        if (possessor is null) return;
        List<EntityMention>? suppliers;
        if (s.IsWord(possessor.First - 1, ","))
            suppliers = s.Mentions.LastOrDefault(m => m.IsActor && m.Last == possessor.First - 1) is { } last ? c.Args.Group(last) : null;
        else suppliers = c.Args.SubjectOf(possessor.First, inherit: false);
        if (suppliers is null) return;
        c.Emit(new FrameClaims(t, RelationTypes.ArmsTransfer.Id, t.Entry.RuleId, 60) { Subjects = SentenceArguments.Entities(suppliers), Objects = [possessor.Entity], Arguments = suppliers.Append(possessor), Materiel = c.MaterielIn(t.First, t.Last), Presupposed = true });
    }
}
