using System.Text;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class BadInputTests
{
    [Fact]
    public async Task A_truncated_SIPRI_file_reports_its_cut_last_row_with_file_and_line()
    {
        var lines = File.ReadAllLines(SharedData.Require("data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv"), Encoding.Latin1).Take(20).ToList();
        lines[^1] = lines[^1][..20];
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("cut.csv"), string.Join("\n", lines), Encoding.Latin1, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("sipri", dir.File("cut.csv"));

        var error = Assert.Single(batch.Errors);
        Assert.StartsWith("cut.csv:20: expected 16 columns, found ", error.ToString());
        Assert.Equal(7, batch.Claims.Count(c => c.Relation == "agreement"));
    }

    [Fact]
    public async Task A_GDELT_row_with_the_wrong_number_of_columns_is_an_error_and_the_other_rows_still_count()
    {
        var lines = File.ReadAllLines(SharedData.Require("data/gdelt/20191024143000.export.CSV")).Skip(1100).Take(10).ToList();
        lines[3] = string.Join('\t', lines[3].Split('\t').Take(40));
        using var dir = new TempDir();
        await File.WriteAllLinesAsync(dir.File("short.tsv"), lines, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("gdelt", dir.File("short.tsv"));

        Assert.Equal("short.tsv:4: expected 57, 58 or 61 TAB-separated columns (GDELT 1.0 historical, 1.0 daily, 2.0), found 40", Assert.Single(batch.Errors).ToString());
        Assert.Equal(9, batch.Claims.Count + batch.Skipped.Values.Sum());
    }

    [Fact]
    public async Task A_Latin_1_claims_CSV_is_an_encoding_error_naming_the_line()
    {
        using var dir = new TempDir();
        var text = "subject,relation,object\nirn,arms-transfer,rus\nTürkiye,contact,irn\n";
        await File.WriteAllBytesAsync(dir.File("latin1.csv"), Encoding.Latin1.GetBytes(text), TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("csv", dir.File("latin1.csv"));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("not utf-8", error.Reason);
        Assert.Single(batch.Claims);
    }

    [Fact]
    public async Task A_strict_collection_stops_at_the_first_bad_row()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("claims.csv"), "subject,relation,object\nirn,arms-transfer,rus\nirn,befriends,rus\nrus,contact,irn\n", TestContext.Current.CancellationToken);

        var lenient = await Collect.FileAsync("csv", dir.File("claims.csv"));
        var strict = await Collect.FileAsync("csv", dir.File("claims.csv"), strict: true);

        Assert.Equal(2, lenient.Claims.Count);
        Assert.True(strict.Aborted);
        Assert.Equal("claims.csv:3: 'befriends' is not a relation type of the ontology", Assert.Single(strict.Errors).ToString());
    }
}
