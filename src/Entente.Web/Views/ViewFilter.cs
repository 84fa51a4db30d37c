using Entente.Analysis.Graph;
using Entente.Core.Ontology;

namespace Entente.Web.Views;

/// <summary>
/// The filters the graph views share, as query parameters: sphere (comma-separated ids), certainty (the
/// weakest certainty to keep), from and to (years), rollup (organs and proxies counted as their sponsor).
/// </summary>
public sealed record ViewFilter
{
    public string? Sphere { get; init; }
    public string? Certainty { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }
    public bool? Rollup { get; init; }

    /// <summary>The analysis filter these parameters mean, or the reason they are wrong.</summary>
    public (AnalysisFilter? Filter, string? Error) ToFilter()
    {
        var spheres = new List<Sphere>();
        foreach (var id in (Sphere ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<Sphere>(id, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return (null, $"unknown sphere '{id}' ({string.Join(", ", Enum.GetNames<Sphere>().Select(n => n.ToLowerInvariant()))})");
            spheres.Add(s);
        }
        Certainty? floor = null;
        if (!string.IsNullOrWhiteSpace(Certainty))
        {
            if (!CertaintyScales.TryParseCertainty(Certainty, out var c)) return (null, $"unknown certainty '{Certainty}'");
            floor = c;
        }
        if (From is < 1 or > 9999 || To is < 1 or > 9999) return (null, "from and to are years (1–9999)");
        if (From > To) return (null, $"from ({From}) is after to ({To})");
        return (new AnalysisFilter
        {
            Spheres = spheres,
            MinCertainty = floor,
            From = From is { } f ? new DateOnly(f, 1, 1) : null,
            To = To is { } t ? new DateOnly(t, 12, 31) : null,
            Rollup = Rollup ?? false,
        }, null);
    }
}
