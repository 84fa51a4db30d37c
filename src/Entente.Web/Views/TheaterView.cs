using Entente.Analysis.Graph;
using Entente.Analysis.Theaters;
using Entente.Core.Entities;

namespace Entente.Web.Views;

/// <summary>A theater (a state) and how many claims put each selected actor there.</summary>
public sealed record TheaterView(string Id, string? Iso3, string Name, int ClaimsA, int ClaimsB, bool CoPresent);

/// <summary>The map: the theaters of one actor, or of a pair with their co-presence and its permutation test.</summary>
public sealed record MapView(EntityRef A, EntityRef? B, IReadOnlyList<TheaterView> Theaters, PermutationResult? CoPresenceTest);

public static class TheaterViews
{
    /// <summary>Counts, per theater, the claims analysis locates each actor in (its footprint).</summary>
    public static IReadOnlyList<TheaterView> Build(GraphSnapshot snapshot, string a, string? b, AnalysisFilter filter)
    {
        var g = snapshot.Graph;
        var (ca, cb) = (g.Counted(a, filter.Rollup), b is null ? null : g.Counted(b, filter.Rollup));
        var claims = g.Touching(ca, filter);
        if (cb is not null) claims = claims.Concat(g.Touching(cb, filter)).DistinctBy(x => x.Claim.Id);
        var footprints = new TheaterLocator(g).Footprints(claims);
        var fa = footprints.GetValueOrDefault(ca) ?? [];
        var fb = cb is null ? [] : footprints.GetValueOrDefault(cb) ?? [];
        return fa.Keys.Union(fb.Keys, StringComparer.OrdinalIgnoreCase)
            .Select(t => new TheaterView(t, g.Entities.Get(t)?.Iso3?.ToUpperInvariant(), g.Entities.Name(t),
                fa.GetValueOrDefault(t)?.Count ?? 0, fb.GetValueOrDefault(t)?.Count ?? 0, fa.ContainsKey(t) && fb.ContainsKey(t)))
            .OrderByDescending(t => t.ClaimsA + t.ClaimsB).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }
}
