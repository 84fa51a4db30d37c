using Entente.Analysis.Relations;

namespace Entente.Analysis.Hypotheses;

public enum RowKind { Relation, Indicator }

/// <summary>
/// One row of the hypothesis matrix: a relation between the pair or one of the profile's indicators, its traits,
/// its weight (0–1, from source reliability and claim certainty) and the claims it rests on.
/// </summary>
public sealed record EvidenceRow(
    string Key,
    RowKind Kind,
    string Label,
    IReadOnlyList<string> Traits,
    double Weight,
    IReadOnlyList<string> ClaimIds,
    Evidence? TopEvidence);
