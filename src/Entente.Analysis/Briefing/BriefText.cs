using System.Globalization;

namespace Entente.Analysis.Briefing;

/// <summary>The pieces of a brief both renderings word the same way.</summary>
internal static class BriefText
{
    public static string Title(Brief b) => $"{b.A.Name} and {b.B.Name}: assessment" + (b.AsOf is { } d ? $" as known on {Date(d)}" : "");

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    public static string Num(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The cited source's particulars, without the quote.</summary>
    public static string Particulars(Citation c) =>
        $"{c.Title ?? c.SourceId}, {c.Publisher ?? "publisher unknown"}, {Date(c.Published)}, reliability {c.Reliability}";

    public static string Check(Citation c) => c.Verified switch
    {
        true => "",
        false => " — NOT FOUND at these offsets in the stored text",
        null => " — data set row, no stored text to check",
    };

    public static string Link(string linkBase, Citation c) => linkBase.TrimEnd('/') + "/" + c.Link;

    /// <summary>The dated heat-map years, first to last, and the claims of each (sphere, year).</summary>
    public static (List<int> Years, List<string> Spheres, Dictionary<(string, int), int> Claims) Heat(Brief b)
    {
        var dated = b.HeatMap.Where(c => c.Year is not null).ToList();
        if (dated.Count == 0) return ([], [], []);
        var years = Enumerable.Range(dated.Min(c => c.Year!.Value), dated.Max(c => c.Year!.Value) - dated.Min(c => c.Year!.Value) + 1).ToList();
        var spheres = dated.Select(c => c.Sphere).Distinct().Order().Select(s => s.ToString().ToLowerInvariant()).ToList();
        return (years, spheres, dated.ToDictionary(c => (c.Sphere.ToString().ToLowerInvariant(), c.Year!.Value), c => c.Claims));
    }
}
