using System.Globalization;
using Entente.Core.Time;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>Time normalization, table-driven: text, publication date, expected interval and precision.</summary>
public sealed class TimeExpressionTests
{
    private static readonly TimeExpressionParser Parser = new(new NamedEvents(), new Lexicons.WordClasses());

    [Theory]
    [InlineData("in 2007", "2022-12-01", "2007-01-01", "2007-12-31", TimePrecision.Year)]
    [InlineData("in mid-1995", "2022-12-01", "1995-04-01", "1995-09-30", TimePrecision.Season)]
    [InlineData("in early 2022", "2022-12-01", "2022-01-01", "2022-04-30", TimePrecision.Season)]
    [InlineData("in late 2023", "2024-06-30", "2023-09-01", "2023-12-31", TimePrecision.Season)]
    [InlineData("in late October", "2022-12-01", "2022-10-21", "2022-10-31", TimePrecision.Month)]
    [InlineData("in March", "2022-02-10", "2021-03-01", "2021-03-31", TimePrecision.Month)]
    [InlineData("since 2015", "2022-12-01", "2015-01-01", "2022-12-01", TimePrecision.Year)]
    [InlineData("recently", "2022-12-01", "2021-12-01", "2022-12-01", TimePrecision.Month)]
    [InlineData("until the mid-1980s", "2022-12-01", "1984-01-01", "1986-12-31", TimePrecision.Decade)]
    [InlineData("in the 1990s", "2022-12-01", "1990-01-01", "1999-12-31", TimePrecision.Decade)]
    [InlineData("by 1999", "2022-12-01", "1999-01-01", "1999-12-31", TimePrecision.Year)]
    [InlineData("last year", "2022-12-01", "2021-01-01", "2021-12-31", TimePrecision.Year)]
    [InlineData("this year", "2022-12-01", "2022-01-01", "2022-12-31", TimePrecision.Year)]
    [InlineData("in June 2024", "2022-12-01", "2024-06-01", "2024-06-30", TimePrecision.Month)]
    [InlineData("on 5 March 2023", "2022-12-01", "2023-03-05", "2023-03-05", TimePrecision.Day)]
    [InlineData("on March 5, 2023", "2022-12-01", "2023-03-05", "2023-03-05", TimePrecision.Day)]
    [InlineData("on 2023-03-05", "2022-12-01", "2023-03-05", "2023-03-05", TimePrecision.Day)]
    [InlineData("between 2014 and 2016", "2022-12-01", "2014-01-01", "2016-12-31", TimePrecision.Year)]
    [InlineData("during the Second Intifada", "2022-12-01", "2000-09-28", "2005-02-08", TimePrecision.Month)]
    public void Time_expressions_normalize_to_intervals(string text, string published, string from, string to, TimePrecision precision)
    {
        var found = Parser.Find(Tokenizer.Tokenize(text), Day(published));
        var t = Assert.Single(found).Time;
        Assert.Equal((Day(from), Day(to), precision), (t.From, t.To, t.Precision));
    }

    /// <summary>Relative words against a Wednesday, 13 March 2024: days look back, "next" looks ahead, spans end at the anchor.</summary>
    [Theory]
    [InlineData("on Thursday", "2024-03-07", "2024-03-07", TimePrecision.Day)]
    [InlineData("on Wednesday", "2024-03-13", "2024-03-13", TimePrecision.Day)]
    [InlineData("last Monday", "2024-03-11", "2024-03-11", TimePrecision.Day)]
    [InlineData("next Friday", "2024-03-15", "2024-03-15", TimePrecision.Day)]
    [InlineData("on Sunday night", "2024-03-10", "2024-03-10", TimePrecision.Day)]
    [InlineData("yesterday", "2024-03-12", "2024-03-12", TimePrecision.Day)]
    [InlineData("earlier today", "2024-03-13", "2024-03-13", TimePrecision.Day)]
    [InlineData("this week", "2024-03-11", "2024-03-17", TimePrecision.Day)]
    [InlineData("earlier this week", "2024-03-11", "2024-03-13", TimePrecision.Day)]
    [InlineData("last week", "2024-03-04", "2024-03-10", TimePrecision.Day)]
    [InlineData("over the weekend", "2024-03-09", "2024-03-10", TimePrecision.Day)]
    [InlineData("earlier this month", "2024-03-01", "2024-03-13", TimePrecision.Month)]
    [InlineData("late last month", "2024-02-21", "2024-02-29", TimePrecision.Month)]
    [InlineData("late last year", "2023-09-01", "2023-12-31", TimePrecision.Season)]
    [InlineData("later this year", "2024-03-13", "2024-12-31", TimePrecision.Year)]
    [InlineData("two years ago", "2022-01-01", "2022-12-31", TimePrecision.Year)]
    [InlineData("a month ago", "2024-02-01", "2024-02-29", TimePrecision.Month)]
    [InlineData("over the past six months", "2023-09-13", "2024-03-13", TimePrecision.Month)]
    [InlineData("for the past 8 years", "2016-03-13", "2024-03-13", TimePrecision.Year)]
    [InlineData("in recent weeks", "2024-01-13", "2024-03-13", TimePrecision.Day)]
    [InlineData("last summer", "2023-06-01", "2023-08-31", TimePrecision.Season)]
    [InlineData("since last year", "2023-01-01", "2024-03-13", TimePrecision.Year)]
    [InlineData("on November 5", "2023-11-05", "2023-11-05", TimePrecision.Day)]
    [InlineData("on Jan. 15", "2024-01-15", "2024-01-15", TimePrecision.Day)]
    [InlineData("on 1 April", "2024-04-01", "2024-04-01", TimePrecision.Day)]
    [InlineData("in the summer of 2019", "2019-06-01", "2019-08-31", TimePrecision.Season)]
    public void Relative_words_resolve_against_the_anchor(string text, string from, string to, TimePrecision precision)
    {
        var found = Parser.Find(Tokenizer.Tokenize(text), Day("2024-03-13"));
        var t = Assert.Single(found).Time;
        Assert.Equal((Day(from), Day(to), precision), (t.From, t.To, precision));
        Assert.Equal(precision, t.Precision);
    }

    [Fact]
    public void A_year_between_a_determiner_and_a_noun_is_attributive()
    {
        var found = Parser.Find(Tokenizer.Tokenize("under a 2016 contract signed in 2017"), Day("2022-12-01"));
        Assert.Equal([true, false], found.Select(t => t.Attributive));
        Assert.True(found[0].Dates(4) && !found[0].Dates(6));
    }

    [Theory]
    [InlineData("Iran sent 2000 drones.")]
    [InlineData("The march by Russia continues.")]
    [InlineData("Russia may supply drones.")]
    [InlineData("A week of talks in Doha ended.")]
    [InlineData("They fall back on old ties.")]
    public void Counts_and_common_words_are_not_times(string text) => Assert.Empty(Parser.Find(Tokenizer.Tokenize(text), Day("2022-12-01")));

    [Fact]
    public void Relative_times_need_a_publication_date() => Assert.Empty(Parser.Find(Tokenizer.Tokenize("recently and last year"), null));

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
