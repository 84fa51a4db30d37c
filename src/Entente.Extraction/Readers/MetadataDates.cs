using System.Globalization;

namespace Entente.Extraction.Readers;

/// <summary>Reads a publication date as pages and headers write it: ISO stamps, "Dec 1, 2022", "1 December 2022".</summary>
public static class MetadataDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd",
        "MMM d, yyyy", "MMMM d, yyyy", "MMM. d, yyyy", "MMM d yyyy", "MMMM d yyyy",
        "d MMM yyyy", "d MMMM yyyy", "d MMM, yyyy", "d MMMM, yyyy", "dd.MM.yyyy",
    ];

    public static DateOnly? Parse(string? text)
    {
        var t = (text ?? "").Trim().Trim('"', '\'');
        if (t.Length == 0) return null;
        if (DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)) return d;
        // ISO 8601 stamps with a time: the calendar day as written, before any time zone shift.
        if (t.Length > 10 && t[4] == '-' && t[10] is 'T' or ' ' && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
            return d;
        if (t.StartsWith("Sept", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("September", StringComparison.OrdinalIgnoreCase))
            return Parse("Sep" + t[4..]);
        return null;
    }
}
