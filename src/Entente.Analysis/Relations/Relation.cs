using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Relations;

/// <summary>
/// The claims that say the same (subject, type, object), taken together: symmetric types are unordered
/// (subject is the one with the smaller id). Denials are counted, not corroboration.
/// </summary>
public sealed record Relation
{
    public required string Key { get; init; }
    public required EntityRef Subject { get; init; }
    public required string Type { get; init; }
    public required EntityRef Object { get; init; }
    public required bool Symmetric { get; init; }
    public required Sphere Sphere { get; init; }
    public required int Claims { get; init; }
    public required int Sources { get; init; }

    /// <summary>Affirmative sources after merging reprints, near-duplicates and same-publisher sources.</summary>
    public required int IndependentSources { get; init; }

    /// <summary>Claims that deny or refute the relation.</summary>
    public required int Denials { get; init; }

    public required Certainty StrongestCertainty { get; init; }
    public DateOnly? First { get; init; }
    public DateOnly? Last { get; init; }

    /// <summary>Admiralty code: best source reliability (A–F) and information credibility (1–6), as "B1".</summary>
    public required string Admiralty { get; init; }
    public required Reliability Reliability { get; init; }
    public required int Credibility { get; init; }

    /// <summary>0–100, see docs/analysis.md.</summary>
    public required int Confidence { get; init; }

    /// <summary>
    /// Claims an analyst rejected, present only in views asked to include them; they are left out of the rating unless
    /// every claim is rejected. Written only when not zero.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public int Rejected { get; init; }

    /// <summary>
    /// Some of its claims are in a conflict (a denial of what others affirm, or sources disagreeing on a fact): see
    /// <c>entente conflicts</c> for both sides. Written only when true.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Contested { get; init; }

    public required IReadOnlyList<string> ClaimIds { get; init; }
    public required Evidence TopEvidence { get; init; }

    /// <summary>Has at least one claim saying it happened.</summary>
    public bool Affirmed => Claims > Denials;

    public bool Involves(string id) =>
        string.Equals(Subject.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(Object.Id, id, StringComparison.OrdinalIgnoreCase);

    public string Other(string id) => string.Equals(Subject.Id, id, StringComparison.OrdinalIgnoreCase) ? Object.Id : Subject.Id;
}
