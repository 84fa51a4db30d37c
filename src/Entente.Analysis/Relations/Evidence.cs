using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Relations;

/// <summary>The words of one claim with the source that printed them: what an answer cites.</summary>
public sealed record Evidence(
    string ClaimId,
    string Relation,
    string Text,
    Certainty Certainty,
    string? Time,
    string SourceId,
    string? SourceTitle,
    string? Publisher,
    DateOnly? Published,
    Reliability Reliability,
    IReadOnlyList<string> Materiel)
{
    /// <summary>An analyst rejected the claim; only views asked to include rejected claims show such evidence. Written only when true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Rejected { get; init; }

    public static Evidence Of(Claim c, ClaimGraph g) => Of(ClaimListing.Of(c), g.Source(c.SourceId), VerdictMark.IsRejected(c));

    /// <summary>The evidence of a claim as listed, from its source (null when the store has none) and whether an analyst rejected it.</summary>
    public static Evidence Of(in ClaimListing c, Source? s, bool rejected) =>
        new(c.Id, c.Relation, c.Text, c.Certainty, c.TimeText, c.SourceId, s?.Title, s?.Publisher,
            s?.Published, s?.Reliability ?? Reliability.F, c.Materiel.Count == 0 ? [] : [.. c.Materiel.Select(m => m.Name)])
        { Rejected = rejected };
}
