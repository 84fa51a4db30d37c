using System.Globalization;

namespace Entente.Interchange.Formats.Stix;

/// <summary>STIX timestamps: UTC with milliseconds. A claim's last day ends at the next midnight (stop_time is exclusive).</summary>
public static class StixTime
{
    public static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Start(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";

    public static string Stop(DateOnly lastDay) => Start(lastDay.AddDays(1));

    public static DateOnly? Day(string? stamp) =>
        stamp is { Length: >= 10 } && DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The last day a stop_time covers: the day before, when it falls exactly on midnight.</summary>
    public static DateOnly? LastDay(string? stamp) =>
        Day(stamp) is { } d && stamp!.Length > 10 && stamp[10..].StartsWith("T00:00:00", StringComparison.Ordinal) ? d.AddDays(-1) : Day(stamp);
}
