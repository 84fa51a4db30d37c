using Entente.Core.Ontology;

namespace Entente.Core.Claims;

/// <summary>
/// A claim without its words: who, what relation, whom, where, how certain and when. What questions over
/// hundreds of thousands of claims need (theaters, clients, pressure, the network), read from a store's
/// columns without decoding each claim's JSON.
/// </summary>
public readonly record struct ClaimOutline(
    string Id, string SubjectId, string Relation, string? ObjectId, string? PlaceId,
    Certainty Certainty, Phase Phase, DateOnly? From, DateOnly? To)
{
    public static ClaimOutline Of(Claim c) =>
        new(c.Id, c.Subject.Id, c.Relation, c.Object?.Id, c.Place?.Id, c.Certainty, c.Phase, c.Time?.From, c.Time?.To);
}
