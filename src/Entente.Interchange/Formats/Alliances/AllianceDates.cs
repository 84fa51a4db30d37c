using System.Globalization;
using Entente.Core.Time;

namespace Entente.Interchange.Formats.Alliances;

/// <summary>Alliance dates from year, month and day cells; a missing month or day widens to the whole month or year.</summary>
public static class AllianceDates
{
    public static DateOnly? Start(string year, string month, string day) => Make(year, month, day, end: false);

    public static DateOnly? End(string year, string month, string day) => Make(year, month, day, end: true);

    private static DateOnly? Make(string year, string month, string day, bool end)
    {
        // Four digits only: a damaged cell such as 19450 would overflow DateOnly (found by the fuzz suite).
        if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 9999) return null;
        var hasMonth = int.TryParse(month.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12;
        if (!hasMonth) return end ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
        var last = DateTime.DaysInMonth(y, m);
        var hasDay = int.TryParse(day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= last;
        return new DateOnly(y, m, hasDay ? d : end ? last : 1);
    }

    /// <summary>The interval of a membership; an alliance still in force runs to the end of the data set's coverage.</summary>
    public static ClaimTime Span(DateOnly start, DateOnly? end, DateOnly coverageEnd) =>
        ClaimTime.Between(start, end ?? coverageEnd, TimePrecision.Day, $"{start:yyyy-MM-dd}/{(end is null ? "" : end.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
}
