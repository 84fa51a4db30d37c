using Entente.Core.Claims;
using Entente.Core.Entities;

namespace Entente.Web.Views;

/// <summary>A theater (a state, or a place mapped to its state) and how active each selected actor is there.</summary>
public sealed record TheaterView(string Iso3, string Name, int ClaimsA, int ClaimsB, bool CoPresent);

/// <summary>The map: the theaters of one actor, or of a pair with their co-presence.</summary>
public sealed record MapView(EntityRef A, EntityRef? B, IReadOnlyList<TheaterView> Theaters);

public static class TheaterViews
{
    /// <summary>Where a claim puts its subject: its place, or the object of presence and occupation claims.</summary>
    public static string? PlaceOf(Claim c) =>
        c.Place?.Id ?? (c.Relation is "presence" or "occupation" ? c.Object?.Id : null);

    public static IReadOnlyList<TheaterView> Build(IReadOnlyList<Claim> claimsA, IReadOnlyList<Claim>? claimsB, EntityDirectory dir)
    {
        var a = Count(claimsA, dir);
        var b = claimsB is null ? [] : Count(claimsB, dir);
        return a.Keys.Union(b.Keys)
            .Select(iso => new TheaterView(iso, dir.Get(iso.ToLowerInvariant())?.Name ?? iso,
                a.GetValueOrDefault(iso), b.GetValueOrDefault(iso), a.ContainsKey(iso) && b.ContainsKey(iso)))
            .OrderByDescending(t => t.ClaimsA + t.ClaimsB).ThenBy(t => t.Iso3, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, int> Count(IReadOnlyList<Claim> claims, EntityDirectory dir)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in claims)
            if (PlaceOf(c) is { } place && dir.StateIso3(place) is { } iso)
                counts[iso] = counts.GetValueOrDefault(iso) + 1;
        return counts;
    }
}
