using Entente.Core.Ontology;
using Entente.Storage;

namespace Entente.Web.Views;

/// <summary>
/// The filters every graph view shares, as query parameters: sphere and certainty (comma-separated ids),
/// from and to (years), rollup (organs, people and regimes shown as their state).
/// </summary>
public sealed record ViewFilter
{
    public string? Sphere { get; init; }
    public string? Certainty { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }
    public bool? Rollup { get; init; }

    public bool RollsUp => Rollup ?? false;

    /// <summary>The claim query these filters mean for the given actors, or the reason they are wrong.</summary>
    public (ClaimQuery? Query, string? Error) ToQuery(IReadOnlyCollection<string> actors)
    {
        var spheres = new List<Sphere>();
        foreach (var id in Split(Sphere))
        {
            if (!Enum.TryParse<Sphere>(id, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return (null, $"unknown sphere '{id}' ({string.Join(", ", Enum.GetNames<Sphere>().Select(n => n.ToLowerInvariant()))})");
            spheres.Add(s);
        }
        var certainties = new List<Certainty>();
        foreach (var id in Split(Certainty))
        {
            if (!CertaintyScales.TryParseCertainty(id, out var c)) return (null, $"unknown certainty '{id}'");
            certainties.Add(c);
        }
        if (From is < 1 or > 9999 || To is < 1 or > 9999) return (null, "from and to are years (1–9999)");
        if (From > To) return (null, "from is after to");
        return (new ClaimQuery
        {
            Actors = actors,
            Spheres = spheres,
            Certainties = certainties,
            From = From is { } f ? new DateOnly(f, 1, 1) : null,
            To = To is { } t ? new DateOnly(t, 12, 31) : null,
        }, null);
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
