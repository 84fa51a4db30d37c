using System.Globalization;

namespace Entente.Core.Time;

/// <summary>Parses the date forms found in data sets and on the command line: 2022, 2022-10, 2022-10-05.</summary>
public static class DateParsing
{
    public static ParseResult<ClaimTime> ParseIsoLike(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y > 0)
            return ParseResult<ClaimTime>.Ok(ClaimTime.Year(y, t));
        if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return ParseResult<ClaimTime>.Ok(ClaimTime.Month(m.Year, m.Month, t));
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return ParseResult<ClaimTime>.Ok(ClaimTime.Day(d, t));
        return ParseResult<ClaimTime>.Fail($"'{t}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public static ParseResult<DateOnly> ParseDay(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? ParseResult<DateOnly>.Ok(d)
            : ParseResult<DateOnly>.Fail($"'{text}' is not a date: use YYYY-MM-DD");
}
