namespace Entente.Core.Time;

/// <summary>How precisely a time expression pins down its interval.</summary>
public enum TimePrecision { Day, Month, Season, Year, Decade }

/// <summary>
/// The time of a claim: an interval of ISO dates, the precision the text gave it and the text itself.
/// Build one through the factory for its precision; each checks its own ranges.
/// </summary>
public sealed record ClaimTime(DateOnly From, DateOnly To, TimePrecision Precision, string Text)
{
    public static ClaimTime Day(DateOnly day, string text) => new(day, day, TimePrecision.Day, text);

    public static ClaimTime Month(int year, int month, string text)
    {
        var from = new DateOnly(year, month, 1);
        return new(from, from.AddMonths(1).AddDays(-1), TimePrecision.Month, text);
    }

    public static ClaimTime Year(int year, string text) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year, text);

    /// <summary>Months <paramref name="fromMonth"/> to <paramref name="toMonth"/> of one year: "early 2022", "summer 2015".</summary>
    public static ClaimTime PartOfYear(int year, int fromMonth, int toMonth, string text) =>
        new(new DateOnly(year, fromMonth, 1), new DateOnly(year, toMonth, 1).AddMonths(1).AddDays(-1), TimePrecision.Season, text);

    public static ClaimTime Years(int fromYear, int toYear, TimePrecision precision, string text) =>
        new(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31), precision, text);

    public static ClaimTime Between(DateOnly from, DateOnly to, TimePrecision precision, string text) =>
        from <= to ? new(from, to, precision, text) : new(to, from, precision, text);

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && To >= from;

    public static string PrecisionId(TimePrecision p) => p.ToString().ToLowerInvariant();

    public static ParseResult<TimePrecision> ParsePrecision(string? text) =>
        Enum.TryParse<TimePrecision>(text, ignoreCase: true, out var p)
            ? ParseResult<TimePrecision>.Ok(p)
            : ParseResult<TimePrecision>.Fail($"unknown time precision '{text}' (day, month, season, year, decade)");
}
