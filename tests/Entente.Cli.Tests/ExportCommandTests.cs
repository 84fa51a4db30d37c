using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Exporting_filtered_claims_writes_only_those_that_pass_the_filters()
    {
        var file = SharedData.Require("data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv");
        using var dir = new TempDir();
        Assert.Equal(0, (await CliHarness.RunAsync("import", "sipri", file, "--db", dir.File("e.db"))).ExitCode);

        var run = await CliHarness.RunAsync("export", "json", "--out", dir.File("x.json"), "--actor", "Iran", "--actor", "Russia",
            "--relation", "arms-transfer", "--from", "2022", "--db", dir.File("e.db"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("x.json"), TestContext.Current.CancellationToken));
        var claims = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("arms-transfer", c.GetProperty("relation").GetString()));
        Assert.Contains(claims, c => c.GetProperty("subject").GetProperty("id").GetString() == "irn" && c.GetProperty("object").GetProperty("id").GetString() == "rus");
        Assert.Contains($"exported {claims.Count} claims", run.Out);
    }

    [Fact]
    public async Task A_STIX_export_from_the_store_imports_back_into_a_fresh_store_with_the_same_count()
    {
        var file = SharedData.Require("data/sipri/transfers-format_2024-04-13_subset_Iran.csv");
        using var dir = new TempDir();
        await CliHarness.RunAsync("import", "sipri", file, "--db", dir.File("a.db"));

        var export = await CliHarness.RunAsync("export", "stix", "--out", dir.File("b.json"), "--db", dir.File("a.db"));
        var import = await CliHarness.RunAsync("import", "stix", dir.File("b.json"), "--db", dir.File("b.db"));

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("exported 608 claims", export.Out);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("claims   608 read: 608 new", import.Out);
    }

    [Fact]
    public async Task Export_without_out_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync("export", "stix");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Err);
    }
}
