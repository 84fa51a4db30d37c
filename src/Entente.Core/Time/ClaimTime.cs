namespace Entente.Core.Time;

/// <summary>How precisely a time expression pins down its interval.</summary>
public enum TimePrecision { Day, Month, Season, Year, Decade }

/// <summary>
/// The time of a claim: an interval of ISO dates, the precision the text gave it and the text itself.
/// Build one through the factory for its precision; each checks its own ranges. There is no public constructor, and
/// the interval and precision cannot be changed with <c>with</c>, so no claim holds an interval that ends before it
/// starts or a precision outside the enum: <see cref="Create"/> checks untrusted parts and says what is wrong.
/// </summary>
public sealed record ClaimTime
{
    /// <summary>Internal, not private, only so the generated JSON metadata (<see cref="Serialization.EntenteJsonContext"/>) can call it.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ClaimTime(DateOnly from, DateOnly to, TimePrecision precision, string text)
    {
        if (from > to) throw new ArgumentException($"a time cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(to));
        if (!Enum.IsDefined(precision)) throw new ArgumentOutOfRangeException(nameof(precision), precision, "not a time precision");
        (From, To, Precision, Text) = (from, to, precision, text ?? "");
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public TimePrecision Precision { get; }

    /// <summary>The words that gave the time; changing them (<c>with { Text = … }</c>) changes nothing else.</summary>
    public string Text { get; init; }

    /// <summary>A time from parts that may be wrong (an imported file, an analyst's correction): an error instead of an exception.</summary>
    public static ParseResult<ClaimTime> Create(DateOnly from, DateOnly to, TimePrecision precision, string text) =>
        from > to ? ParseResult<ClaimTime>.Fail($"the time ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})")
        : !Enum.IsDefined(precision) ? ParseResult<ClaimTime>.Fail($"'{precision}' is not a time precision")
        : ParseResult<ClaimTime>.Ok(new(from, to, precision, text));

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

    /// <summary>Whole years, in either order ("2015-2012" as written is 2012 to 2015).</summary>
    public static ClaimTime Years(int fromYear, int toYear, TimePrecision precision, string text) =>
        new(new DateOnly(Math.Min(fromYear, toYear), 1, 1), new DateOnly(Math.Max(fromYear, toYear), 12, 31), precision, text);

    public static ClaimTime Between(DateOnly from, DateOnly to, TimePrecision precision, string text) =>
        from <= to ? new(from, to, precision, text) : new(to, from, precision, text);

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && To >= from;

    // One string per precision, made once: a timeline of a hub names one per row (the values run from 0 up).
    private static readonly string[] PrecisionIds = [.. Enum.GetNames<TimePrecision>().Select(n => n.ToLowerInvariant())];

    public static string PrecisionId(TimePrecision p) => (uint)p < (uint)PrecisionIds.Length ? PrecisionIds[(int)p] : p.ToString().ToLowerInvariant();

    /// <summary>A precision by its name ("year", any case); Enum.TryParse would also take any number ("7").</summary>
    public static ParseResult<TimePrecision> ParsePrecision(string? text)
    {
        foreach (var p in Enum.GetValues<TimePrecision>())
            if (string.Equals(PrecisionId(p), text?.Trim(), StringComparison.OrdinalIgnoreCase)) return ParseResult<TimePrecision>.Ok(p);
        return ParseResult<TimePrecision>.Fail($"unknown time precision '{text}' (day, month, season, year, decade)");
    }
}
