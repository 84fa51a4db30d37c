using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Time;

/// <summary>
/// Time words that only mean something against the document's date (the anchor: the publication date, or a
/// dateline's): days ("on Thursday", "yesterday", "today"), weeks ("this week", "last weekend"), months and years
/// ("earlier this month", "late last year"), counts back ("two years ago", "over the past six months", "in recent
/// weeks", in <see cref="CountedTimes"/>) and seasons ("last summer"). Each resolves to the interval the ontology's
/// time section gives it.
/// </summary>
public static class RelativeTimes
{
    /// <summary>"a year ago", "an hour …": an article opens a relative expression only before a unit of time.</summary>
    public static bool ArticleBeforeUnit(List<Token> t, WordClasses words, int i) => words.Is(t[i], WordClass.IndefiniteArticle) && i + 1 < t.Count && words.Is(t[i + 1], WordClass.TimeUnit);

    /// <summary>An expression at <paramref name="i"/>, with or without a leading preposition ("in recent months", "on Thursday").</summary>
    public static bool TryAt(List<Token> t, WordClasses words, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        if (Bare(t, words, i, anchor, out time, out end)) return true;
        return words.Is(t[i], WordClass.RelativeTimePreposition) && i + 1 < t.Count && Bare(t, words, i + 1, anchor, out time, out end);
    }

    /// <summary>
    /// Whether a relative expression can begin at <paramref name="i"/>: a first word, a count ("2 years ago"), an article
    /// before a unit, or "the" before "past" or "weekend". One hash probe for most tokens, so the parser stays cheap.
    /// </summary>
    private static bool CanStart(List<Token> t, WordClasses words, int i) =>
        words.Is(t[i], WordClass.RelativeTimeFirstWord) || t[i].Shape == TokenShape.Number || ArticleBeforeUnit(t, words, i) || t[i].Is("the") && i + 1 < t.Count && words.Is(t[i + 1], WordClass.PastOrWeekend);

    private static bool Bare(List<Token> t, WordClasses words, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        if (!CanStart(t, words, i)) return false;
        var w = t[i].Lower;
        switch (w)
        {
            case "yesterday":
                time = ClaimTime.Day(anchor.AddDays(-1), "");
                return true;
            case "today" or "tonight":
                time = ClaimTime.Day(anchor, "");
                return true;
            case "recently":
                time = ClaimTime.Between(anchor.AddMonths(-12), anchor, TimePrecision.Month, "");
                return true;
        }
        return Weekday(t, words, i, anchor, out time, out end)
            || CountedTimes.Recent(t, i, anchor, out time, out end)
            || Deictic(t, words, i, anchor, out time, out end)
            || CountedTimes.Ago(t, i, anchor, out time, out end)
            || CountedTimes.PastSpan(t, words, i, anchor, out time, out end);
    }

    private static int DayOfWeek(string lower) => lower switch
    {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => 0,
    };

    private static int IsoDay(DateOnly d) => d.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>
    /// "Thursday", "last Thursday", "next Thursday", "on Thursday night": the latest such day up to the anchor (a news
    /// report's "on Thursday" is this week's), or the first after it with "next". A full date after the day
    /// ("Monday, March 3") is left to the date parser.
    /// </summary>
    private static bool Weekday(List<Token> t, WordClasses words, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        var k = i;
        var direction = 0;
        if (words.Is(t[k], WordClass.WeekdayModifier) && k + 1 < t.Count)
        {
            direction = t[k].Lower switch { "last" => -1, "next" => 1, _ => 0 };
            k++;
        }
        var day = DayOfWeek(t[k].Lower);
        if (day == 0 || !t[k].IsCapitalized) return false;
        if (k + 2 < t.Count && t[k + 1].Is(",") && (CalendarWords.Month(t[k + 2].Lower) > 0 || t[k + 2].Shape == TokenShape.Number)) return false;
        end = k + 1;
        if (end < t.Count && words.Is(t[end], WordClass.PartOfDay)) end++;
        var back = (IsoDay(anchor) - day + 7) % 7;
        var date = direction switch
        {
            1 => anchor.AddDays(back == 0 ? 7 : 7 - back),
            -1 => anchor.AddDays(back == 0 ? -7 : -back),
            _ => anchor.AddDays(-back),
        };
        time = ClaimTime.Day(date, "");
        return true;
    }

    /// <summary>
    /// "this / last / next week, weekend, month, year, summer …", optionally with a part ("earlier this week", "late last
    /// year", "later this month"): the unit around the anchor, or the part of it before or after the anchor.
    /// </summary>
    private static bool Deictic(List<Token> t, WordClasses words, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        var k = t[i].Is("the") && i + 1 < t.Count && t[i + 1].Is("past") ? i + 1 : i;
        var part = words.Is(t[k], WordClass.UnitPart) ? t[k++].Lower : null;
        if (k + 1 >= t.Count) return false;
        // "over the weekend" is this weekend; "the" names no other unit ("the year" needs its context).
        var offset = t[k].Lower switch { "this" => 0, "last" => -1, "next" => 1, "past" => -1, "the" when t[k + 1].Is("weekend") => 0, _ => 99 };
        if (offset == 99) return false;
        end = k + 2;
        var unit = t[k + 1].Lower;
        if (t[k].Is("past") && unit is not ("week" or "weekend" or "month" or "year")) return false;
        if (t[k].Is("past"))
        {
            // "the past week / month / year" counts back from the anchor rather than naming a calendar unit.
            var from = unit switch { "week" or "weekend" => anchor.AddDays(-7), "month" => anchor.AddMonths(-1), _ => anchor.AddYears(-1) };
            time = ClaimTime.Between(from, anchor, unit == "year" ? TimePrecision.Month : TimePrecision.Day, "");
            return true;
        }
        var unitSpan = Unit(unit, anchor, offset);
        if (unitSpan is not { } u) return false;
        time = part switch
        {
            "earlier" when offset == 0 => ClaimTime.Between(u.From, anchor, u.Precision, ""),
            "later" when offset == 0 => ClaimTime.Between(anchor, u.To, u.Precision, ""),
            "early" or "earlier" => Part(u, "early"),
            "mid" => Part(u, "mid"),
            "late" or "later" => Part(u, "late"),
            _ => ClaimTime.Between(u.From, u.To, u.Precision, ""),
        };
        return true;
    }

    private readonly record struct Span(DateOnly From, DateOnly To, TimePrecision Precision);

    /// <summary>The calendar unit <paramref name="offset"/> units from the anchor's: weeks run Monday to Sunday.</summary>
    private static Span? Unit(string unit, DateOnly anchor, int offset)
    {
        switch (unit)
        {
            case "week":
                {
                    var monday = anchor.AddDays(1 - IsoDay(anchor) + 7 * offset);
                    return new Span(monday, monday.AddDays(6), TimePrecision.Day);
                }
            case "weekend":
                {
                    // Seen from a weekday, "this weekend" and "last weekend" are the one just gone: news reports look back.
                    var d = IsoDay(anchor);
                    var saturday = offset switch
                    {
                        1 => anchor.AddDays(d >= 6 ? 13 - d : 6 - d),
                        0 when d >= 6 => anchor.AddDays(6 - d),
                        _ => anchor.AddDays(-(d + 1)),
                    };
                    return new Span(saturday, saturday.AddDays(1), TimePrecision.Day);
                }
            case "month":
                {
                    var m = anchor.AddMonths(offset);
                    var first = new DateOnly(m.Year, m.Month, 1);
                    return new Span(first, first.AddMonths(1).AddDays(-1), TimePrecision.Month);
                }
            case "year":
                return new Span(new DateOnly(anchor.Year + offset, 1, 1), new DateOnly(anchor.Year + offset, 12, 31), TimePrecision.Year);
        }
        if (CalendarWords.Season(unit) is not { } season) return null;
        // "last summer" is the latest one that has ended, "next summer" the first that has not begun.
        var year = anchor.Year;
        Span Of(int y) => new(new DateOnly(y, season.FromMonth, 1), new DateOnly(y, season.FromMonth, 1).AddMonths(season.Months).AddDays(-1), TimePrecision.Season);
        if (offset < 0) year = Of(year).To < anchor ? year : year - 1;
        if (offset > 0) year = Of(year).From > anchor ? year : year + 1;
        return Of(year);
    }

    /// <summary>Early, mid or late part of a unit: of a year the ontology's months, of a month its days, of a week its thirds.</summary>
    private static ClaimTime Part(Span u, string part)
    {
        if (u.Precision == TimePrecision.Year)
        {
            var (fromMonth, toMonth) = CalendarWords.MonthsOf(part);
            return ClaimTime.PartOfYear(u.From.Year, fromMonth, toMonth, "");
        }
        if (u.Precision == TimePrecision.Month)
        {
            var (fromDay, toDay) = CalendarWords.DaysOf(part, DateTime.DaysInMonth(u.From.Year, u.From.Month));
            return ClaimTime.Between(new DateOnly(u.From.Year, u.From.Month, fromDay), new DateOnly(u.From.Year, u.From.Month, toDay), TimePrecision.Month, "");
        }
        var days = u.To.DayNumber - u.From.DayNumber + 1;
        var index = part switch { "early" => 0, "late" => 2, _ => 1 };
        return ClaimTime.Between(u.From.AddDays(days * index / 3), u.From.AddDays(days * (index + 1) / 3 - 1), u.Precision, "");
    }
}
