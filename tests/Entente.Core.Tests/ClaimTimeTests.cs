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

    [Fact]
    public void Parts_from_outside_are_checked_into_an_error_not_an_exception()
    {
        Assert.Contains("before it starts", ClaimTime.Create(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1), TimePrecision.Day, "x").Error);
        Assert.Contains("not a time precision", ClaimTime.Create(new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), (TimePrecision)42, "x").Error);
        var ok = ClaimTime.Create(new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31), TimePrecision.Year, "2020 to 2021");
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31), TimePrecision.Year, "2020 to 2021"), (ok.Value.From, ok.Value.To, ok.Value.Precision, ok.Value.Text));
    }

    [Theory]
    [InlineData("year", true)]
    [InlineData(" Decade ", true)]
    [InlineData("7", false)]
    [InlineData("-1", false)]
    [InlineData("Year, Day", false)]
    [InlineData(null, false)]
    public void Only_the_names_of_precisions_parse(string? text, bool parses) =>
        Assert.Equal(parses, ClaimTime.ParsePrecision(text).Success);

    [Fact]
    public void A_stored_time_reads_back_and_a_reversed_one_is_refused()
    {
        var t = ClaimTime.Month(2022, 2, "February 2022") with { Text = "in February" };
        var json = System.Text.Json.JsonSerializer.Serialize(t);
        Assert.Equal(t, System.Text.Json.JsonSerializer.Deserialize<ClaimTime>(json));
        var reversed = json.Replace("2022-02-01", "2023-02-01", StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => System.Text.Json.JsonSerializer.Deserialize<ClaimTime>(reversed));
    }
}
