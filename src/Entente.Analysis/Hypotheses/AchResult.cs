using Entente.Core.Entities;
using Entente.Core.Hypotheses;

namespace Entente.Analysis.Hypotheses;

/// <summary>One cell: how a row bears on a hypothesis, and why (the pattern that decided, or the analyst's override).</summary>
public sealed record AchCell(string Hypothesis, Consistency Value, string Basis, bool Overridden);

/// <summary>A row with its cells; diagnosticity is the share of hypothesis pairs whose cells on this row differ (0–1).</summary>
public sealed record AchRow(EvidenceRow Evidence, IReadOnlyList<AchCell> Cells, double Diagnosticity);

/// <summary>
/// A hypothesis's standing: the weighted inconsistency (lower is better), the weighted consistency (the tie-breaker),
/// and its share, exp(−inconsistency) over the sum for all hypotheses (docs/hypotheses.md).
/// </summary>
public sealed record HypothesisScore(string Id, string Title, string? Summary, int Rank, double Inconsistency, double Consistency, double Share);

/// <summary>The fewest rows that, if wrong, would put <see cref="Challenger"/> ahead of the leader; empty when none can.</summary>
public sealed record AchSensitivity(string? Challenger, IReadOnlyList<string> Rows, string Text);

public sealed record AchResult(
    EntityRef A,
    EntityRef B,
    string Pair,
    IReadOnlyList<HypothesisScore> Ranking,
    IReadOnlyList<AchRow> Rows,
    AchSensitivity Sensitivity,
    int Overrides);
