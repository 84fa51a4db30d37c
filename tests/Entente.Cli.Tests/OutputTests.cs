using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

public class OutputTests
{
    private sealed record Row(string Name, int Count);

    private static readonly Column<Row>[] Columns = [new("name", r => r.Name), new("count", r => r.Count.ToString())];

    private static string Write(OutputFormat f, params Row[] rows)
    {
        var w = new StringWriter();
        Output.Write(w, f, rows, Columns);
        return w.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_newlines() =>
        Assert.Equal("name,count\n\"a, \"\"b\"\"\",1\n", Write(OutputFormat.Csv, new Row("a, \"b\"", 1)));

    [Fact]
    public void Csv_makes_cells_a_spreadsheet_would_run_as_formulas_inert() =>
        Assert.Equal("name,count\n\"'=HYPERLINK(\"\"http://x.example\"\")\",1\n'@SUM(A1),2\nIran,3\n",
            Write(OutputFormat.Csv, new Row("=HYPERLINK(\"http://x.example\")", 1), new Row("@SUM(A1)", 2), new Row("Iran", 3)));

    [Fact]
    public void A_table_aligns_its_columns_under_a_rule() =>
        Assert.Equal("name    count\n------  -----\nRussia  2\nIran    10\n", Write(OutputFormat.Table, new Row("Russia", 2), new Row("Iran", 10)));

    [Fact]
    public void A_table_cuts_long_cells_with_an_ellipsis_and_sizes_columns_by_what_it_shows()
    {
        var long70 = new string('x', 70);
        var table = Write(OutputFormat.Table, new Row(long70, 1), new Row("two\r\nlines", 22));
        var shown = new string('x', 59) + "…";
        Assert.Equal($"name{new string(' ', 56)}  count\n{new string('-', 60)}  -----\n{shown}  1\ntwo lines{new string(' ', 51)}  22\n", table);
    }

    [Fact]
    public void A_table_column_is_as_wide_as_its_header_when_its_cells_are_shorter() =>
        Assert.Equal("name  count\n----  -----\nIR    1\n", Write(OutputFormat.Table, new Row("IR", 1)));

    [Fact]
    public void Json_writes_the_rows_with_snake_case_names()
    {
        var w = new StringWriter();
        Output.Write(w, OutputFormat.Json, [new QueueStatusView(1, 0, 2, 0, [])], [new Column<QueueStatusView>("pending", r => r.Pending.ToString())]);
        Assert.Equal("[{\"pending\":1,\"running\":0,\"done\":2,\"parked\":0,\"parked_jobs\":[]}]\n", w.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The release build is native code, which cannot describe a type by reflection: a printed type that no
    /// compile-time context lists is refused here, where the tests see it, rather than only there.</summary>
    [Fact]
    public void Json_refuses_a_row_type_no_compile_time_context_lists()
    {
        var e = Assert.Throws<NotSupportedException>(() => Write(OutputFormat.Json, new Row("Iran", 1)));
        Assert.Contains(nameof(Row), e.Message);
    }

    [Fact]
    public void An_empty_table_says_none() => Assert.Contains("(none)", Write(OutputFormat.Table));
}
