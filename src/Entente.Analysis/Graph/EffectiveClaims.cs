using Entente.Core.Claims;

namespace Entente.Analysis.Graph;

/// <summary>
/// Applies analyst verdicts: the latest verdict on a claim decides. A rejected claim drops out of
/// every view; a corrected claim is replaced by its correction; accepted claims stay as they are.
/// </summary>
public static class EffectiveClaims
{
    public static IEnumerable<Claim> Apply(IEnumerable<Claim> claims, IEnumerable<Verdict> verdicts)
    {
        var latest = LatestByClaim(verdicts);
        foreach (var c in claims)
            if (Decide(c.Id, latest, out var correction)) yield return correction ?? c;
    }

    /// <summary>The same rule on outlines: rejected ones drop out, corrected ones become their correction's outline.</summary>
    public static IEnumerable<ClaimOutline> Apply(IEnumerable<ClaimOutline> claims, IReadOnlyDictionary<string, Verdict> latest)
    {
        foreach (var c in claims)
            if (TryApply(c, latest, out var effective)) yield return effective;
    }

    /// <summary>False when a verdict rejects the outline; otherwise the outline, or its correction's.</summary>
    public static bool TryApply(in ClaimOutline c, IReadOnlyDictionary<string, Verdict> latest, out ClaimOutline effective)
    {
        var keep = Decide(c.Id, latest, out var correction);
        effective = correction is null ? c : ClaimOutline.Of(correction);
        return keep;
    }

    /// <summary>False when a verdict rejects the claim; otherwise the claim, or its correction.</summary>
    public static bool TryApply(Claim c, IReadOnlyDictionary<string, Verdict> latest, out Claim effective)
    {
        var keep = Decide(c.Id, latest, out var correction);
        effective = correction ?? c;
        return keep;
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
