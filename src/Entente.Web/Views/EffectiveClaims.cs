using Entente.Core.Claims;
using Entente.Storage;

namespace Entente.Web.Views;

/// <summary>
/// Claims as the analyst currently sees them: a rejected claim is gone, a corrected one is replaced by its
/// correction, and the latest verdict on a claim decides.
/// </summary>
public static class EffectiveClaims
{
    public static async Task<IReadOnlyList<Claim>> LoadAsync(IEntenteStore store, ClaimQuery query, CancellationToken ct)
    {
        var claims = new List<Claim>();
        await foreach (var c in store.QueryClaimsAsync(query, ct)) claims.Add(c);
        var latest = Latest(await store.ListVerdictsAsync(null, ct));
        if (latest.Count == 0) return claims;

        var result = new List<Claim>(claims.Count);
        foreach (var c in claims)
        {
            if (!latest.TryGetValue(c.Id, out var v)) result.Add(c);
            else if (v.Kind == VerdictKind.Accept) result.Add(c);
            else if (v.Kind == VerdictKind.Correct && v.Correction is { } fixedClaim && Concerns(query, fixedClaim)) result.Add(fixedClaim);
        }
        return result;
    }

    /// <summary>The latest verdict on each claim.</summary>
    public static Dictionary<string, Verdict> Latest(IEnumerable<Verdict> verdicts) =>
        verdicts.GroupBy(v => v.ClaimId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.At).ThenBy(v => v.Id, StringComparer.Ordinal).Last());

    private static bool Concerns(ClaimQuery query, Claim c) =>
        query.Actors.Count == 0 || query.Actors.Contains(c.Subject.Id) || (c.Object is { } o && query.Actors.Contains(o.Id));
}
