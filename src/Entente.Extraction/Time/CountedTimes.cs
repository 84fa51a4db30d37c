using Entente.Core.Time;
using Entente.Extraction.Lexicons;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Time;

/// <summary>
/// Relative times that count units back from the anchor: "two years ago", "over the past six months", "in recent
/// weeks". Part of <see cref="RelativeTimes"/>, which tries them after the day, week, month and year words.
/// </summary>
internal static class CountedTimes
{
    /// <summary>"in recent days / weeks / months / years", "recent months": a span back from the anchor.</summary>
    public static bool Recent(List<Token> t, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 2;
        if (!t[i].Is("recent") || i + 1 >= t.Count) return false;
        (DateOnly From, TimePrecision Precision)? span = t[i + 1].Lower switch
        {
            "days" => (anchor.AddDays(-14), TimePrecision.Day),
            "weeks" => (anchor.AddMonths(-2), TimePrecision.Day),
            "months" => (anchor.AddMonths(-12), TimePrecision.Month),
            "years" => (anchor.AddYears(-5), TimePrecision.Year),
            _ => null,
        };
        if (span is not { } s) return false;
        time = ClaimTime.Between(s.From, anchor, s.Precision, "");
        return true;
    }

    /// <summary>"two years ago", "a month ago", "six days ago": the unit that far back from the anchor.</summary>
    public static bool Ago(List<Token> t, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 3;
        if (end > t.Count || !t[i + 2].Is("ago") || Count(t[i]) is not { } n) return false;
        switch (Singular(t[i + 1].Lower))
        {
            case "day":
                time = ClaimTime.Day(anchor.AddDays(-n), "");
                return true;
            case "week":
                time = ClaimTime.Between(anchor.AddDays(-7 * n - 3), anchor.AddDays(-7 * n + 3), TimePrecision.Day, "");
                return true;
            case "month":
                var m = anchor.AddMonths(-n);
                time = ClaimTime.Month(m.Year, m.Month, "");
                return true;
            case "year":
                time = ClaimTime.Year(anchor.Year - n, "");
                return true;
            case "decade":
                time = ClaimTime.Years(anchor.Year - 10 * n - 2, anchor.Year - 10 * n + 2, TimePrecision.Decade, "");
                return true;
        }
        return false;
    }

    /// <summary>"the past six months", "the last two years", "the past few weeks": from that far back to the anchor.</summary>
    public static bool PastSpan(List<Token> t, WordClasses words, int i, DateOnly anchor, out ClaimTime time, out int end)
    {
        time = null!;
        end = i + 1;
        var k = t[i].Is("the") ? i + 1 : i;
        if (k + 2 >= t.Count || !words.Is(t[k], WordClass.PastOrLast)) return false;
        var n = t[k + 1].Is("few") ? 3 : Count(t[k + 1]);
        if (n is not { } count || words.Is(t[k + 1], WordClass.IndefiniteArticle)) return false;
        end = k + 3;
        (DateOnly From, TimePrecision Precision)? span = Singular(t[k + 2].Lower) switch
        {
            "day" => (anchor.AddDays(-count), TimePrecision.Day),
            "week" => (anchor.AddDays(-7 * count), TimePrecision.Day),
            "month" => (anchor.AddMonths(-count), TimePrecision.Month),
            "year" => (anchor.AddYears(-count), TimePrecision.Year),
            "decade" => (anchor.AddYears(-10 * count), TimePrecision.Decade),
            _ => null,
        };
        if (span is not { } s) return false;
        time = ClaimTime.Between(s.From, anchor, s.Precision, "");
        return true;
    }

    private static string Singular(string w) => w.EndsWith('s') ? w[..^1] : w;

    /// <summary>A small count in digits or words: "a", "two", "18".</summary>
    private static int? Count(in Token t)
    {
        if (t.Shape == TokenShape.Number && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100)
            return n;
        return t.Lower switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "fifteen" => 15,
            "twenty" => 20,
            _ => null,
        };
    }
}
