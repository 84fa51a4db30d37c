using System.Globalization;
using Entente.Core.Time;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>Time normalization, table-driven: text, publication date, expected interval and precision.</summary>
public sealed class TimeExpressionTests
{
    private static readonly TimeExpressionParser Parser = new(new NamedEvents());

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

    [Theory]
    [InlineData("Iran sent 2000 drones.")]
    [InlineData("The march by Russia continues.")]
    [InlineData("Russia may supply drones.")]
    public void Counts_and_common_words_are_not_times(string text) => Assert.Empty(Parser.Find(Tokenizer.Tokenize(text), Day("2022-12-01")));

    [Fact]
    public void Relative_times_need_a_publication_date() => Assert.Empty(Parser.Find(Tokenizer.Tokenize("recently and last year"), null));

    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
