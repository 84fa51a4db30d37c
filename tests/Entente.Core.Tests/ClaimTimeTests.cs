using Entente.Core.Time;

namespace Entente.Core.Tests;

public class ClaimTimeTests
{
    public static TheoryData<string, string, string, TimePrecision> IsoLikeCases => new()
    {
        { "2007", "2007-01-01", "2007-12-31", TimePrecision.Year },
        { "2022-02", "2022-02-01", "2022-02-28", TimePrecision.Month },
        { "2024-02", "2024-02-01", "2024-02-29", TimePrecision.Month },
        { "2016-11-05", "2016-11-05", "2016-11-05", TimePrecision.Day },
        { "20161105", "2016-11-05", "2016-11-05", TimePrecision.Day },
    };

    [Theory]
    [MemberData(nameof(IsoLikeCases))]
    public void Iso_like_dates_parse_to_an_interval_with_their_precision(string text, string from, string to, TimePrecision precision)
    {
        var t = DateParsing.ParseIsoLike(text).Value;
        Assert.Equal(DateOnly.Parse(from), t.From);
        Assert.Equal(DateOnly.Parse(to), t.To);
        Assert.Equal(precision, t.Precision);
        Assert.Equal(text, t.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    public void Parsing_a_non_date_returns_a_failure_instead_of_throwing(string text)
    {
        var r = DateParsing.ParseIsoLike(text);
        Assert.False(r.Success);
        Assert.Contains("YYYY", r.Error);
        Assert.Throws<InvalidOperationException>(() => r.Value);
    }

    [Fact]
    public void Part_of_a_year_spans_whole_months()
    {
        var mid = ClaimTime.PartOfYear(1995, 4, 9, "mid-1995");
        Assert.Equal(new DateOnly(1995, 4, 1), mid.From);
        Assert.Equal(new DateOnly(1995, 9, 30), mid.To);
        Assert.Equal(TimePrecision.Season, mid.Precision);
    }

    [Fact]
    public void A_span_of_years_runs_from_the_first_day_to_the_last()
    {
        var t = ClaimTime.Years(1984, 1986, TimePrecision.Decade, "the mid-1980s");
        Assert.Equal(new DateOnly(1984, 1, 1), t.From);
        Assert.Equal(new DateOnly(1986, 12, 31), t.To);
    }

    [Fact]
    public void Between_orders_its_ends() =>
        Assert.Equal(new DateOnly(2020, 1, 1), ClaimTime.Between(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1), TimePrecision.Day, "x").From);

    [Fact]
    public void Overlap_is_inclusive_at_both_ends()
    {
        var y = ClaimTime.Year(2016, "2016");
        Assert.True(y.Overlaps(new DateOnly(2016, 12, 31), new DateOnly(2017, 6, 1)));
        Assert.False(y.Overlaps(new DateOnly(2017, 1, 1), new DateOnly(2017, 6, 1)));
    }
}
