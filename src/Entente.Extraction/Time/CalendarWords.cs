namespace Entente.Extraction.Time;

/// <summary>Month names and the "early / mid / late" parts of years, months and decades, as the ontology fixes them.</summary>
public static class CalendarWords
{
    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    public static IEnumerable<string> MonthNames => MonthNumbers.Keys;

    public static int Month(string lower) => MonthNumbers.GetValueOrDefault(lower.TrimEnd('.'));

    /// <summary>The first month and length of a season: spring March–May, summer June–August, autumn September–November, winter December–February.</summary>
    public static (int FromMonth, int Months)? Season(string lower) => lower switch
    {
        "spring" => (3, 3),
        "summer" => (6, 3),
        "autumn" or "fall" => (9, 3),
        "winter" => (12, 3),
        _ => null,
    };

    /// <summary>Months of a year: early = January–April, mid = April–September, late = September–December.</summary>
    public static (int From, int To) MonthsOf(string part) => part switch
    {
        "early" => (1, 4),
        "late" => (9, 12),
        _ => (4, 9),
    };

    /// <summary>Years of a decade: early = 0–3, mid = 4–6, late = 7–9 ("the mid-1980s" → 1984–1986).</summary>
    public static (int From, int To) YearsOf(string part) => part switch
    {
        "early" => (0, 3),
        "late" => (7, 9),
        _ => (4, 6),
    };

    /// <summary>Days of a month: early = 1–10, mid = 11–20, late = 21 to the end.</summary>
    public static (int From, int To) DaysOf(string part, int daysInMonth) => part switch
    {
        "early" => (1, 10),
        "late" => (21, daysInMonth),
        _ => (11, 20),
    };

    public static bool TryYear(string text, out int year)
    {
        year = 0;
        if (text.Length != 4) return false;
        foreach (var c in text)
            if (!char.IsDigit(c)) return false;
        year = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1700 and <= 2100;
    }

    /// <summary>"1990s" → 1990.</summary>
    public static bool TryDecade(string text, out int decade)
    {
        decade = 0;
        return text.Length == 5 && text[4] == 's' && TryYear(text[..4], out decade) && decade % 10 == 0;
    }
}
