using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class ImportCommandTests
{
    private const string Register = "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv";

    private static async Task<long> ClaimsIn(string db)
    {
        await using var store = await StoreOpener.OpenAsync(db, TestContext.Current.CancellationToken);
        return await store.CountClaimsAsync(ClaimQuery.All, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Importing_the_SIPRI_register_stores_every_claim_once_and_a_second_import_adds_nothing()
    {
        var file = SharedData.Require(Register);
        using var dir = new TempDir();

        var first = await CliHarness.RunAsync("import", "sipri", file, "--db", dir.File("e.db"));
        var second = await CliHarness.RunAsync("import", "sipri", file, "--db", dir.File("e.db"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("claims   4184 read: 4184 new, 0 already stored", first.Out);
        Assert.Equal(4184, await ClaimsIn(dir.File("e.db")));
        Assert.Contains("(already stored)", second.Out);
        Assert.Equal(4184, await ClaimsIn(dir.File("e.db")));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var file = SharedData.Require(Register);
        using var dir = new TempDir();

        var run = await CliHarness.RunAsync("import", "sipri", file, "--dry-run", "--db", dir.File("e.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("would import", run.Out);
        Assert.Contains("4184 new", run.Out);
        Assert.Matches(@"entities [1-9][0-9]* new \(marked for review\)", run.Out);
        Assert.Equal(0, await ClaimsIn(dir.File("e.db")));
    }

    [Fact]
    public async Task Strict_stores_nothing_from_a_file_with_a_bad_row_and_the_default_stores_the_good_rows()
    {
        using var dir = new TempDir();
        var csv = dir.File("claims.csv");
        await File.WriteAllTextAsync(csv, "subject,relation,object,from\nIran,arms-transfer,Russia,2022\nIran,contact,Russia\nRussia,visit,Iran,2023\n", TestContext.Current.CancellationToken);

        var strict = await CliHarness.RunAsync("import", "csv", csv, "--strict", "--db", dir.File("e.db"));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("claims.csv:3: expected 4 columns, found 3", strict.Err);
        Assert.Equal(0, await ClaimsIn(dir.File("e.db")));

        var lenient = await CliHarness.RunAsync("import", "csv", csv, "--db", dir.File("e.db"));
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("claims.csv:3: expected 4 columns, found 3", lenient.Err);
        Assert.Equal(2, await ClaimsIn(dir.File("e.db")));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        var run = await CliHarness.RunAsync("import", "xlsx", "x.xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sipri", run.Err);
    }

    [Theory]
    [InlineData("""{"id":5,"schema":"Person","properties":{"name":["X"]}}""", "f.json:1: an FtM entity's \"id\" must be a string, not a number")]
    [InlineData("""{"id":"p1","schema":["Person"],"properties":{"name":["X"]}}""", "f.json:1: an FtM entity's \"schema\" must be a string, not an array")]
    [InlineData("""{"id":"o1","schema":"Ownership","properties":{"owner":[{"id":7,"schema":"Company"}]}}""", "f.json:1: an FtM entity's \"id\" must be a string, not a number")]
    [InlineData("[1, 2]", "f.json:1: an FtM line must be a JSON object, not an array")]
    public async Task An_FtM_line_whose_id_or_schema_is_not_a_string_is_an_error_naming_file_and_line(string line, string error)
    {
        using var dir = new TempDir();
        var file = dir.File("f.json");
        await File.WriteAllTextAsync(file, line + "\n", TestContext.Current.CancellationToken);

        var run = await CliHarness.RunAsync("import", "ftm", file, "--db", dir.File("e.db"));

        Assert.Contains(error, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Contains("errors   1", run.Out);
        Assert.Equal(0, await ClaimsIn(dir.File("e.db")));
    }
}
