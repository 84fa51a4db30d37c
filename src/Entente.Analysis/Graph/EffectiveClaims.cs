using Entente.Core.Claims;

namespace Entente.Analysis.Graph;

/// <summary>
/// Applies analyst verdicts, the one rule every read path (claims list, analysis, the web, exports) follows: the latest
/// verdict on a claim decides. A rejected claim drops out of every view, or, when the view is asked to include rejected
/// claims, stays as stored with <see cref="VerdictMark"/> on it; a corrected claim is replaced by its correction;
/// accepted claims stay as they are.
/// </summary>
public static class EffectiveClaims
{
    public static IEnumerable<Claim> Apply(IEnumerable<Claim> claims, IEnumerable<Verdict> verdicts, bool includeRejected = false)
    {
        var latest = LatestByClaim(verdicts);
        foreach (var c in claims)
            if (TryApply(c, latest, out var effective, includeRejected)) yield return effective;
    }

    /// <summary>The same rule on outlines: rejected ones drop out (or stay, unmarked, for counts that include them), corrected ones become their correction's outline.</summary>
    public static IEnumerable<ClaimOutline> Apply(IEnumerable<ClaimOutline> claims, IReadOnlyDictionary<string, Verdict> latest, bool includeRejected = false)
    {
        foreach (var c in claims)
            if (TryApply(c, latest, out var effective, includeRejected)) yield return effective;
    }

    /// <summary>False when a verdict rejects the outline (unless rejected ones are included); otherwise the outline, or its correction's.</summary>
    public static bool TryApply(in ClaimOutline c, IReadOnlyDictionary<string, Verdict> latest, out ClaimOutline effective, bool includeRejected = false)
    {
        var keep = Decide(c.Id, latest, out var correction);
        effective = correction is null ? c : ClaimOutline.Of(correction);
        return keep || includeRejected;
    }

    /// <summary>
    /// False when a verdict rejects the claim; otherwise the claim, or its correction. With <paramref name="includeRejected"/>
    /// a rejected claim is kept as stored, marked (<see cref="VerdictMark"/>), and the answer is true.
    /// </summary>
    public static bool TryApply(Claim c, IReadOnlyDictionary<string, Verdict> latest, out Claim effective, bool includeRejected = false)
    {
        var keep = Decide(c.Id, latest, out var correction);
        effective = keep ? correction ?? c : VerdictMark.MarkRejected(c);
        return keep || includeRejected;
    }

    /// <summary>The rule itself: false when the latest verdict rejects the claim; a correction when it corrects it.</summary>
    private static bool Decide(string id, IReadOnlyDictionary<string, Verdict> latest, out Claim? correction)
    {
        correction = null;
        if (!latest.TryGetValue(id, out var v)) return true;
        if (v.Kind == VerdictKind.Correct) correction = v.Correction;
        return v.Kind != VerdictKind.Reject;
    }

    /// <summary>The order verdicts are given in: by time, then by id for two given at the same instant. The last one decides.</summary>
    public static readonly IComparer<Verdict> Chronological =
        Comparer<Verdict>.Create(static (x, y) => x.At != y.At ? x.At.CompareTo(y.At) : string.CompareOrdinal(x.Id, y.Id));

    public static Dictionary<string, Verdict> LatestByClaim(IEnumerable<Verdict> verdicts)
    {
        var latest = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var v in verdicts)
        {
            if (!latest.TryGetValue(v.ClaimId, out var prior) || Chronological.Compare(v, prior) > 0)
                latest[v.ClaimId] = v;
        }
        return latest;
    }
}
