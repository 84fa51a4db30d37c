using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Extraction.Time;

/// <summary>
/// The dateline that opens a wire report: "WASHINGTON, March 8 (Reuters) -", "MOSCOW (AP) -", "Beirut, 12 May 2023:",
/// "BEIJING, July 21. /TASS/.". It says where the report was filed and often when; it marks the lede, and a full date
/// in it is the publication date of a text that gives none. <see cref="Length"/> is the number of characters it
/// takes, the place, date, agency and separator together.
/// </summary>
public sealed partial record Dateline(int Length, int Month, int Day, int? Year)
{
    /// <summary>The date the dateline gives in full, or null when it gives none or no year.</summary>
    public DateOnly? Date => Year is { } y && Month > 0 && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;

    /// <summary>The day of a dateline without a year, in the year of the publication date (or the year before when it would fall after it).</summary>
    public DateOnly? DayNear(DateOnly published)
    {
        if (Date is { } full) return full;
        if (Month == 0) return null;
        var year = new DateOnly(published.Year, Month, Math.Min(Day, 28)) > published.AddDays(1) ? published.Year - 1 : published.Year;
        return Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }

    /// <summary>
    /// Place (capitals, or any place followed by a date), optional region, optional date, optional agency in brackets
    /// or slashes, then a dash or colon. Run on the first lines of a document only, never per token.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("-–—:(/0123456789");

    [GeneratedRegex(@"^(?:(?<place>[A-Z][\p{L}'.]+(?:[ /-][A-Z][\p{L}'.]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)(?<region>[A-Z][\p{L}'.]+(?: [A-Z][\p{L}'.]+){0,2}))?)?"
        + @"(?:[,\s]\s*(?:(?<m1>[A-Z][a-z]{2,8})\.?\s+(?<d1>\d{1,2})(?:,?\s+(?<y1>\d{4}))?|(?<d2>\d{1,2})\s+(?<m2>[A-Z][a-z]{2,8})\.?(?:,?\s+(?<y2>\d{4}))?|(?<d3>\d{1,2})\.(?<mo3>\d{1,2})\.(?<y3>\d{4})))?"
        + @"\.?\s*(?<agency>\([\p{L}\d .&'/-]{2,40}\)|/[A-Za-z]{2,10}/\.?)?"
        + @"(?<sep>\s+(?:[-–—]{1,2}|:)\s*|(?:[-–—]{1,2}|:)\s+|\s+|$)")]
    private static partial Regex Pattern();

    /// <summary>
    /// Every dateline has a dash, colon, bracket, slash or digit near its start, and only capitalized words or numbers
    /// before it ("WASHINGTON, March 8 (", "Brussels 14"); most first lines fail that ("Iran supplied 2,000 …") and the
    /// expression is not run on them.
    /// </summary>
    private static bool MayOpen(ReadOnlySpan<char> head)
    {
        var mark = head.IndexOfAny(Marks);
        if (mark < 0 || head.Length == 0 || !(char.IsUpper(head[0]) || head[0] == '(')) return false;
        for (var i = 1; i < mark; i++)
            if (head[i - 1] == ' ' && char.IsLower(head[i])) return false;
        return true;
    }

    /// <summary>
    /// The full date of a dateline opening one of the first lines of a text (a title or byline may come first), for a
    /// reader that found no publication date in the file's metadata.
    /// </summary>
    public static DateOnly? DateOfText(string text)
    {
        var start = 0;
        for (var line = 0; line < 4 && start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var from = start;
            while (from < end && char.IsWhiteSpace(text[from])) from++;
            if (Read(text, from, end - from) is { Date: { } date }) return date;
            start = end + 1;
        }
        return null;
    }

    /// <summary>The dateline at the start of <paramref name="line"/>, if it has one.</summary>
    public static Dateline? Read(string line) => Read(line, 0, line.Length);

    /// <summary>The dateline at the start of the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static Dateline? Read(string text, int start, int length)
    {
        if (!MayOpen(text.AsSpan(start, Math.Min(length, 60)))) return null;
        var m = Pattern().Match(text, start, length);
        if (!m.Success) return null;
        var place = m.Groups["place"].Value;
        var agency = m.Groups["agency"].Success;
        var dashOrColon = m.Groups["sep"].Value.Trim().Length > 0;
        // "The European Union (EU) decided …" spells out a name: an agency in brackets needs the dash or colon after it.
        if (agency && m.Groups["agency"].Value[0] == '(' && !dashOrColon) return null;
        var (month, day, year) = DateOf(m);
        var dated = month > 0;
        if (place.Length == 0 && !agency) return null;
        // A bare capitalized word before a colon is a label ("Note:"); capitals, a date or an agency make a dateline.
        if (!(AllCaps(place) || dated || agency)) return null;
        // Without a dash or colon only a full date or a slashed agency ends the dateline ("Brussels 14.12.2021 The Council …").
        if (!dashOrColon && !(agency || year is not null)) return null;
        if (month < 0) return null;
        return new Dateline(m.Length, Math.Max(month, 0), day, year);
    }

    private static (int Month, int Day, int? Year) DateOf(Match m)
    {
        if (m.Groups["mo3"].Success)
            return (Number(m.Groups["mo3"].Value) is var mo and >= 1 and <= 12 ? mo : -1, Number(m.Groups["d3"].Value), Number(m.Groups["y3"].Value));
        var (monthGroup, dayGroup, yearGroup) = m.Groups["m1"].Success ? ("m1", "d1", "y1") : ("m2", "d2", "y2");
        if (!m.Groups[monthGroup].Success) return (0, 0, null);
        var month = CalendarWords.Month(m.Groups[monthGroup].Value.ToLowerInvariant());
        var day = Number(m.Groups[dayGroup].Value);
        if (month == 0 || day is < 1 or > 31) return (-1, 0, null);
        return (month, day, m.Groups[yearGroup].Success ? Number(m.Groups[yearGroup].Value) : null);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool AllCaps(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }
}
