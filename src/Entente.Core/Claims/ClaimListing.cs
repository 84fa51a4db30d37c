using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Core.Claims;

/// <summary>
/// A claim as a listing row shows it (a timeline's row): who, what, whom, where, how certain, when and in which words,
/// from which source. A value, not an object per claim: a hub's timeline holds a hundred thousand of them, and the whole
/// claims it was built from before (a claim, its time, its evidence span and its producer each) were a third of its time
/// in clearing fresh memory and in the collections that moved them.
/// </summary>
public readonly record struct ClaimListing(
    string Id, string SourceId, EntityRef Subject, string Relation, EntityRef? Object, EntityRef? Place,
    Certainty Certainty, Phase Phase, DateOnly? From, DateOnly? To, TimePrecision? Precision, string? TimeText,
    IReadOnlyList<EntityRef> Materiel, string Text)
{
    public static ClaimListing Of(Claim c) =>
        new(c.Id, c.SourceId, c.Subject, c.Relation, c.Object, c.Place, c.Certainty, c.Phase, c.Time?.From, c.Time?.To, c.Time?.Precision, c.Time?.Text,
            c.Materiel, c.Evidence.Text);

    public ClaimOutline Outline => new(Id, Subject.Id, Relation, Object?.Id, Place?.Id, Certainty, Phase, From, To);
}
