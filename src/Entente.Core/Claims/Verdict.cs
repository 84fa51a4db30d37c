namespace Entente.Core.Claims;

/// <summary>
/// An analyst's judgement on a claim. Verdicts are records of their own: the claim is never edited.
/// A correction carries the corrected claim, which replaces the original in every view.
/// </summary>
public sealed record Verdict
{
    public required string Id { get; init; }
    public required string ClaimId { get; init; }
    public required VerdictKind Kind { get; init; }
    public required string Analyst { get; init; }

    /// <summary>When it was given; the caller passes the time in (no clock reads in the domain).</summary>
    public required DateTimeOffset At { get; init; }

    public Claim? Correction { get; init; }
    public string? Note { get; init; }
}

public enum VerdictKind { Accept, Reject, Correct }
