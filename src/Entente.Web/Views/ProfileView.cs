using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Web.Views;

/// <summary>
/// What two actors do together: a sphere × year heat map, headline indicators, the theaters both are
/// active in, and the strongest evidence.
/// </summary>
public sealed record ProfileView(
    EntityRef A, EntityRef B, IReadOnlyList<HeatCell> Cells, IReadOnlyList<int> Years, ProfileIndicators Indicators,
    IReadOnlyList<TheaterView> SharedTheaters, IReadOnlyList<ClaimView> TopEvidence);

/// <summary>Claims of one sphere whose time covers a year (a claim spanning years counts in each).</summary>
public sealed record HeatCell(Sphere Sphere, int Year, int Claims);

public sealed record ProfileIndicators(
    int Claims, int Sources, int Undated, int? FirstYear, int? LastYear, int CorroboratedRelations,
    Certainty? StrongestCertainty, double HostileShare, IReadOnlyList<RelationCount> Relations);

public static class ProfileViews
{
    /// <summary>Claims whose time spans more years than this (a decade's vagueness) stay out of the heat map.</summary>
    private const int MaxSpanYears = 12;

    public static (IReadOnlyList<HeatCell> Cells, IReadOnlyList<int> Years) HeatMap(IReadOnlyList<Claim> claims)
    {
        var counts = new Dictionary<(Sphere, int), int>();
        foreach (var c in claims)
        {
            if (c.Time is not { } t || t.To.Year - t.From.Year > MaxSpanYears) continue;
            for (var y = t.From.Year; y <= t.To.Year; y++)
                counts[(c.Type.Sphere, y)] = counts.GetValueOrDefault((c.Type.Sphere, y)) + 1;
        }
        var cells = counts.Select(kv => new HeatCell(kv.Key.Item1, kv.Key.Item2, kv.Value))
            .OrderBy(c => c.Sphere).ThenBy(c => c.Year).ToList();
        var years = cells.Count == 0 ? [] : Enumerable.Range(cells.Min(c => c.Year), cells.Max(c => c.Year) - cells.Min(c => c.Year) + 1).ToList();
        return (cells, years);
    }

    public static ProfileIndicators Indicators(IReadOnlyList<Claim> claims)
    {
        var years = claims.Where(c => c.Time is not null).SelectMany(c => new[] { c.Time!.From.Year, c.Time.To.Year }).ToList();
        var corroborated = claims.GroupBy(c => c.Relation)
            .Count(g => g.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count() >= 2);
        return new ProfileIndicators(
            claims.Count,
            claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count(),
            claims.Count(c => c.Time is null),
            years.Count > 0 ? years.Min() : null,
            years.Count > 0 ? years.Max() : null,
            corroborated,
            claims.Count > 0 ? claims.Min(c => c.Certainty) : null,
            claims.Count == 0 ? 0 : Math.Round(claims.Count(c => c.Type.Sphere == Sphere.Hostile) / (double)claims.Count, 3),
            claims.GroupBy(c => c.Relation).Select(g => new RelationCount(g.Key, g.Count()))
                .OrderByDescending(r => r.Claims).ThenBy(r => r.Relation, StringComparer.Ordinal).ToList());
    }

    /// <summary>The strongest evidence first: certainty, then independent corroboration of its relation, then confidence.</summary>
    public static IReadOnlyList<Claim> TopEvidence(IReadOnlyList<Claim> claims, int count)
    {
        var support = claims.GroupBy(c => c.Relation)
            .ToDictionary(g => g.Key, g => g.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count());
        return claims.OrderBy(c => c.Certainty).ThenByDescending(c => support[c.Relation]).ThenByDescending(c => c.Confidence)
            .ThenBy(c => c.Id, StringComparer.Ordinal).Take(count).ToList();
    }
}
