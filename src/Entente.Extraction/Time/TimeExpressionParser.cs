using System.Globalization;
using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Time;

/// <summary>
/// Finds time expressions in a sentence's tokens and normalizes them to intervals: years, parts of
/// years and decades ("mid-1995", "the mid-1980s"), seasons, months and days with or without a year, full dates,
/// ISO dates, ranges ("between 2014 and 2016"), "since …" (to the anchor), the relative words of
/// <see cref="RelativeTimes"/> and named events. The anchor is the document's date (publication or dateline);
/// relative forms need it and are skipped without it.
/// </summary>
public sealed class TimeExpressionParser(NamedEvents events, WordClasses words)
{
    public List<TimeMention> Find(IReadOnlyList<Token> tokens, DateOnly? published)
    {
        var found = new List<TimeMention>();
        Find(tokens, published, found);
        return found;
    }

    /// <summary>Adds the time expressions to <paramref name="found"/> (the sentence's own list: no list per sentence).</summary>
    public void Find(IReadOnlyList<Token> tokens, DateOnly? published, List<TimeMention> found)
    {
        // The parser indexes tokens many times per position: a concrete list avoids an interface call each time.
        var list = tokens as List<Token> ?? [.. tokens];
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        var i = 0;
        while (i < span.Length)
        {
            if (MayStart(in span[i], list, i) && TryAt(list, i, published, out var mention))
            {
                found.Add(mention);
                i = mention.Last;
            }
            else i++;
        }
    }

    /// <summary>The first words of time expressions and of relative ones, the month names and the first words of event names, in one table
    /// probed with the token's hash.</summary>
    private readonly WordTable<bool> _starts = new(words.WordsOf(WordClass.TimeFirstWord).Concat(words.WordsOf(WordClass.RelativeTimeFirstWord)).Concat(CalendarWords.MonthNames).Concat(events.Table.FirstWordList)
        .Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));

    /// <summary>Most tokens cannot begin a time expression; this test, a superset of every branch of <see cref="TryAt"/>, skips them cheaply.
    /// A month abbreviation with its dot ("Jan.") is not in the table and is tested on its own.</summary>
    private bool MayStart(in Token t, List<Token> tokens, int i)
    {
        var w = t.Lower;
        return char.IsDigit(w[0]) || _starts.Contains(t) || w.Length <= 2 && words.Is(w, WordClass.IndefiniteArticle) && RelativeTimes.ArticleBeforeUnit(tokens, words, i) || w[^1] == '.' && CalendarWords.Month(w) > 0
            || w.Contains('-') && (w.StartsWith("early-", StringComparison.Ordinal) || w.StartsWith("mid-", StringComparison.Ordinal)
                || w.StartsWith("late-", StringComparison.Ordinal) || w.StartsWith("middle-", StringComparison.Ordinal));
    }

    /// <summary>The expression starting at <paramref name="i"/>, a token <see cref="MayStart"/> let through.</summary>
    private bool TryAt(List<Token> t, int i, DateOnly? pub, out TimeMention mention)
    {
        mention = null!;
        var w = t[i].Lower;
        if (w == "since" && i + 1 < t.Count && pub is { } p
            && (Core(t, i + 1, pub, out var since, out var sinceEnd) || RelativeTimes.TryAt(t, words, i + 1, p, out since, out sinceEnd)))
            return Make(t, i, sinceEnd, ClaimTime.Between(since.From, p, since.Precision, ""), out mention);
        if (words.Is(w, WordClass.RangeOpener) && Core(t, i + 1, pub, out var a, out var aEnd) && aEnd + 1 < t.Count
            && words.Is(t[aEnd], WordClass.RangeJoiner) && Core(t, aEnd + 1, pub, out var b, out var bEnd))
            return Make(t, i, bEnd, ClaimTime.Between(a.From, b.To, Coarser(a.Precision, b.Precision), ""), out mention);
        if (pub is { } d && RelativeTimes.TryAt(t, words, i, d, out var rel, out var relEnd)) return Make(t, i, relEnd, rel, out mention);
        var start = i;
        if (words.Is(w, WordClass.EventPreposition) && i + 1 < t.Count) start = i + 1;
        if (events.Table.TryMatch(t, start, out var ev, out var evEnd))
            return Make(t, i, evEnd, ClaimTime.Between(ev.From, ev.To, ev.Precision, ""), out mention);
        if (Core(t, i, pub, out var time, out var end)) return Make(t, i, end, time, out mention);
        return false;
    }

    private bool Make(List<Token> t, int first, int last, ClaimTime time, out TimeMention mention)
    {
        var text = string.Join(' ', Enumerable.Range(first, last - first).Select(k => t[k].Text)).Replace(" ,", ",");
        mention = new TimeMention(first, last, time with { Text = text }, Attributive(t, first, last));
        return true;
    }

    /// <summary>"the 1974 disengagement line": a bare year between a determiner and a lower-case word modifies that noun.</summary>
    private bool Attributive(List<Token> t, int first, int last) =>
        last == first + 1 && first > 0 && last < t.Count && CalendarWords.TryYear(t[first].Lower, out _)
        && words.Is(t[first - 1], WordClass.DeterminerBeforeYear) && t[last] is { IsWord: true, IsCapitalized: false };

    private static TimePrecision Coarser(TimePrecision a, TimePrecision b) => a > b ? a : b;

    /// <summary>A date without prepositions: years, decades, months, days, with an optional early/mid/late.</summary>
    private bool Core(List<Token> t, int i, DateOnly? pub, out ClaimTime time, out int end)
    {
        time = null!;
        end = i;
        if (i >= t.Count) return false;
        if (t[i].Is("the") && i + 1 < t.Count && (Decade(t, i + 1, out time, out end))) return true;
        var w = t[i].Lower;
        if (words.Is(w, WordClass.CalendarPart) && i + 1 < t.Count)
            return PartOf(w, t, i + 1, pub, out time, out end);
        var dash = w.IndexOf('-');
        if (dash > 0 && words.Is(w[..dash], WordClass.CalendarPart))
        {
            var part = w[..dash];
            var rest = w[(dash + 1)..];
            end = i + 1;
            if (CalendarWords.TryYear(rest, out var y)) return SetYearPart(part, y, out time);
            if (CalendarWords.TryDecade(rest, out var dec)) return SetDecadePart(part, dec, out time);
            var m = CalendarWords.Month(rest);
            if (m > 0 && MonthYear(t, i + 1, pub, m, out var my, out end)) return SetMonthPart(part, my, m, out time);
            return false;
        }
        var seasonAhead = CalendarWords.Season(w) is not null || w == "the" && i + 1 < t.Count && CalendarWords.Season(t[i + 1].Lower) is not null;
        return Iso(t, i, out time, out end) || Decade(t, i, out time, out end) || seasonAhead && Season(t, i, out time, out end) || Dated(t, i, pub, out time, out end)
            || Year(t, i, out time, out end);
    }

    /// <summary>"summer 2019", "the spring of 2020": the season's months; a winter runs into the next year.</summary>
    private static bool Season(List<Token> t, int i, out ClaimTime time, out int end)
    {
        time = null!;
        var k = t[i].Is("the") ? i + 1 : i;
        end = k + 1;
        if (k >= t.Count || CalendarWords.Season(t[k].Lower) is not { } season) return false;
        if (end < t.Count && t[end].Is("of")) end++;
        if (end >= t.Count || !CalendarWords.TryYear(t[end].Lower, out var year)) return false;
        end++;
        var from = new DateOnly(year, season.FromMonth, 1);
        time = ClaimTime.Between(from, from.AddMonths(season.Months).AddDays(-1), TimePrecision.Season, "");
        return true;
    }

    private static bool PartOf(string part, List<Token> t, int i, DateOnly? pub, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        if (t[i].Is("the") && i + 1 < t.Count && CalendarWords.TryDecade(t[i + 1].Lower, out var dd))
        {
            end = i + 2;
            return SetDecadePart(part, dd, out time);
        }
        if (CalendarWords.TryDecade(t[i].Lower, out var dec)) return SetDecadePart(part, dec, out time);
        if (CalendarWords.TryYear(t[i].Lower, out var y)) return SetYearPart(part, y, out time);
        var m = CalendarWords.Month(t[i].Lower);
        if (m > 0 && t[i].IsCapitalized && MonthYear(t, i + 1, pub, m, out var year, out end)) return SetMonthPart(part, year, m, out time);
        return false;
    }

    private static bool SetYearPart(string part, int year, out ClaimTime time)
    {
        var (from, to) = CalendarWords.MonthsOf(part);
        time = ClaimTime.PartOfYear(year, from, to, "");
        return true;
    }

    private static bool SetDecadePart(string part, int decade, out ClaimTime time)
    {
        var (from, to) = CalendarWords.YearsOf(part);
        time = ClaimTime.Years(decade + from, decade + to, TimePrecision.Decade, "");
        return true;
    }

    private static bool SetMonthPart(string part, int year, int month, out ClaimTime time)
    {
        var (from, to) = CalendarWords.DaysOf(part, DateTime.DaysInMonth(year, month));
        time = ClaimTime.Between(new DateOnly(year, month, from), new DateOnly(year, month, to), TimePrecision.Month, "");
        return true;
    }

    /// <summary>The year after a month name, or else the publication year (the previous one for a month still to come).</summary>
    private static bool MonthYear(List<Token> t, int i, DateOnly? pub, int month, out int year, out int end)
    {
        end = i;
        if (i < t.Count && CalendarWords.TryYear(t[i].Lower, out year))
        {
            end = i + 1;
            return true;
        }
        year = 0;
        if (pub is not { } p) return false;
        year = month <= p.Month ? p.Year : p.Year - 1;
        return true;
    }

    private static bool Iso(List<Token> t, int i, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        var w = t[i].Lower;
        if (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            time = ClaimTime.Day(d, "");
            return true;
        }
        if (w.Length == 7 && DateOnly.TryParseExact(w + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            time = ClaimTime.Month(m.Year, m.Month, "");
            return true;
        }
        if (w.Length == 9 && w[4] == '-' && CalendarWords.TryYear(w[..4], out var y1) && CalendarWords.TryYear(w[5..], out var y2) && y2 >= y1)
        {
            time = ClaimTime.Years(y1, y2, TimePrecision.Year, "");
            return true;
        }
        return false;
    }

    private static bool Decade(List<Token> t, int i, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        if (!CalendarWords.TryDecade(t[i].Lower, out var dec)) return false;
        time = ClaimTime.Years(dec, dec + 9, TimePrecision.Decade, "");
        return true;
    }

    /// <summary>
    /// "5 March 2023", "March 5, 2023", "Mar. 5", "5 March", "March 2023", and a capitalized month after a time
    /// preposition. A day or month without a year takes the anchor's year, or the year before when it would fall
    /// more than a month after the anchor.
    /// </summary>
    private bool Dated(List<Token> t, int i, DateOnly? pub, out ClaimTime time, out int end)
    {
        time = null!;
        end = i;
        if (t[i].Shape == TokenShape.Number && t[i].Text.Length <= 2 && i + 1 < t.Count && CalendarWords.Month(t[i + 1].Lower) is > 0 and var m1 && t[i + 1].IsCapitalized)
        {
            var after = MonthDot(t, i + 2);
            if (after < t.Count && CalendarWords.TryYear(t[after].Lower, out var y1)) return Day(y1, m1, t[i].Text, after + 1, out time, out end);
            return pub is { } anchor && Day(YearBefore(anchor, m1, t[i].Text), m1, t[i].Text, after, out time, out end);
        }
        var m = CalendarWords.Month(t[i].Lower);
        if (m == 0 || !t[i].IsCapitalized) return false;
        var k = MonthDot(t, i + 1);
        if (k < t.Count && t[k].Shape == TokenShape.Number && t[k].Text.Length <= 2)
        {
            var comma = k + 1 < t.Count && t[k + 1].Is(",") ? 1 : 0;
            if (k + 1 + comma < t.Count && CalendarWords.TryYear(t[k + 1 + comma].Lower, out var y2)) return Day(y2, m, t[k].Text, k + 2 + comma, out time, out end);
            if (pub is { } anchor && Day(YearBefore(anchor, m, t[k].Text), m, t[k].Text, k + 1, out time, out end)) return true;
        }
        if (i + 1 < t.Count && CalendarWords.TryYear(t[i + 1].Lower, out var y3))
        {
            end = i + 2;
            time = ClaimTime.Month(y3, m, "");
            return true;
        }
        if (pub is not { } p) return false;
        if (YearAfterMonth(t, i + 1, p, out var named, out var namedEnd))
        {
            end = namedEnd;
            time = ClaimTime.Month(named, m, "");
            return true;
        }
        var prep = i > 0 ? t[i - 1].Lower : "";
        if (words.Is(prep, WordClass.MonthPreposition))
        {
            end = i + 1;
            // "this October" is the anchor's year; "next October" the first one to come; others the latest one up to the anchor.
            var year = prep switch
            {
                "this" => p.Year,
                "next" => m > p.Month ? p.Year : p.Year + 1,
                "last" => m < p.Month ? p.Year : p.Year - 1,
                _ => m <= p.Month ? p.Year : p.Year - 1,
            };
            time = ClaimTime.Month(year, m, "");
            return true;
        }
        return false;
    }

    /// <summary>"February last year", "May of this year": the year a relative phrase after a month names.</summary>
    private static bool YearAfterMonth(List<Token> t, int k, DateOnly anchor, out int year, out int end)
    {
        year = 0;
        end = k;
        if (k < t.Count && t[k].Is("of")) k++;
        if (k + 1 >= t.Count || !t[k + 1].Is("year")) return false;
        var offset = t[k].Lower switch { "last" => -1, "this" => 0, "next" => 1, _ => 99 };
        if (offset == 99) return false;
        year = anchor.Year + offset;
        end = k + 2;
        return true;
    }

    /// <summary>Past the dot of an abbreviated month ("Jan. 15").</summary>
    private static int MonthDot(List<Token> t, int k) => k < t.Count && t[k].Is(".") ? k + 1 : k;

    /// <summary>The year of a day written without one: the anchor's, unless that puts it over a month after the anchor.</summary>
    private static int YearBefore(DateOnly anchor, int month, string day)
    {
        var d = int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 28) : 1;
        return new DateOnly(anchor.Year, month, d) > anchor.AddMonths(1) ? anchor.Year - 1 : anchor.Year;
    }

    private static bool Day(int year, int month, string day, int after, out ClaimTime time, out int end)
    {
        time = null!;
        end = after;
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month)) return false;
        time = ClaimTime.Day(new DateOnly(year, month, d), "");
        return true;
    }

    /// <summary>A bare year, unless it counts things ("2000 troops"); after a determiner it dates a noun ("a 2020 sanctions notice").</summary>
    private bool Year(List<Token> t, int i, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        if (!CalendarWords.TryYear(t[i].Lower, out var y)) return false;
        var prev = i > 0 ? t[i - 1].Lower : "";
        var countsThings = i + 1 < t.Count && t[i + 1] is { IsWord: true, IsCapitalized: false } next && next.Lower.EndsWith('s')
            && !words.Is(prev, WordClass.YearPrecedent);
        if (countsThings) return false;
        time = ClaimTime.Year(y, "");
        return true;
    }
}
