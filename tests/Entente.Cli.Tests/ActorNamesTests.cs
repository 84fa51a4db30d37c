using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Every command that takes an actor resolves it one way: the knowledge base, then the store's entities (here one an
/// import created), and a miss is exit 1 with the nearest names.
/// </summary>
public sealed class ActorNamesTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("actors.db");

    public async ValueTask InitializeAsync()
    {
        // "Volga Shipping Company" is in no knowledge base: the import makes it an entity of the store alone.
        var csv = _dir.File("claims.csv");
        await File.WriteAllTextAsync(csv, "subject,relation,object,from\nVolga Shipping Company,arms-transfer,Iran,2022\nIran,arms-transfer,Russia,2022\n", TestContext.Current.CancellationToken);
        var import = await CliHarness.RunAsync("import", "csv", csv, "--db", Db);
        Assert.True(import.ExitCode == 0, import.Err);
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_misspelt_actor_is_an_error_that_suggests_the_name_meant()
    {
        var run = await CliHarness.RunAsync("claims", "list", "--actor", "Rusia", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("entente claims list: unknown actor 'Rusia': no entity in the knowledge base or", run.Err);
        Assert.Matches(@"\(did you mean [^)]*\bRussia\b[^)]*\?\)", run.Err);
    }

    [Fact]
    public async Task A_misspelt_store_entity_is_suggested_too()
    {
        var run = await CliHarness.RunAsync("relations", "Volga Shiping Company", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean Volga Shipping Company?", run.Err);
    }

    [Fact]
    public async Task Claims_list_finds_an_entity_only_the_store_knows()
    {
        var run = await CliHarness.RunAsync("claims", "list", "--actor", "Volga Shipping Company", "--format", "json", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var claim = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Volga Shipping Company", claim.GetProperty("subject").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Export_of_an_unknown_actor_fails_and_writes_no_file()
    {
        var output = _dir.File("atlantis.csv");
        var run = await CliHarness.RunAsync("export", "csv", "--out", output, "--actor", "Atlantis", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entente export: unknown actor 'Atlantis'", run.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Export_of_a_store_entity_writes_its_claims_only()
    {
        var output = _dir.File("volga.csv");
        var run = await CliHarness.RunAsync("export", "csv", "--out", output, "--actor", "Volga Shipping Company", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("exported 1 claims as csv", run.Out);
        var rows = CsvText.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal(2, rows.Count);
        Assert.Contains("Volga Shipping Company", rows[1]);
    }
}
