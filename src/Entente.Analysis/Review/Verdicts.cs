using Entente.Core.Claims;
using Entente.Core.Hashing;

namespace Entente.Analysis.Review;

/// <summary>Makes verdict records the same way wherever an analyst gives one (the web, the CLI).</summary>
public static class Verdicts
{
    /// <summary>A verdict on <paramref name="claim"/>; its id is a digest of the claim, kind, analyst and time, so a record names itself.</summary>
    public static Verdict Create(Claim claim, VerdictKind kind, string analyst, DateTimeOffset at, Claim? correction = null, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyst);
        if (kind == VerdictKind.Correct && correction is null) throw new ArgumentException("a correction verdict carries the corrected claim", nameof(correction));
        return new Verdict
        {
            Id = ContentHash.RecordId("v-", claim.Id, kind.ToString(), analyst, ContentHash.Moment(at)),
            ClaimId = claim.Id,
            Kind = kind,
            Analyst = analyst,
            At = at,
            Correction = kind == VerdictKind.Correct ? correction : null,
            Note = note,
        };
    }

    /// <summary>The longest note a verdict keeps.</summary>
    public const int MaxNoteLength = 2000;
}
