using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>kb add against a real SQLite file: validation first, then an upsert the other kb commands see.</summary>
public sealed class KbAddCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => _dir.File("entente.db");

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string json)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, json);
        return path;
    }

    private const string Unit = """
        {"entities": [
          {"id": "unit-74455", "kind": "state-organ", "name": "Unit 74455", "aliases": ["GRU Unit 74455"], "country": "rus",
           "links": [{"type": "part-of", "target": "gru"}]}
        ]}
        """;

    [Fact]
    public async Task A_valid_file_is_stored_and_then_shown_by_the_kb_commands()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("init", "--db", Db)).ExitCode);
        var add = await CliHarness.RunAsync("kb", "add", Write("unit.json", Unit), "--db", Db);
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("added 1 entities", add.Out);
        Assert.Contains("(1 new, 0 replacing)", add.Out);
        var show = await CliHarness.RunAsync("kb", "show", "GRU Unit 74455", "--db", Db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("GRU (gru)", show.Out);
        Assert.Contains("Russia (rus)", show.Out);
        var gru = await CliHarness.RunAsync("kb", "show", "gru", "--db", Db);
        Assert.Contains("Unit 74455 (unit-74455)", gru.Out);
    }

    [Fact]
    public async Task A_user_entity_overrides_the_shipped_one_with_its_id()
    {
        var file = Write("wagner.json", """{"entities": [{"id": "wagner", "kind": "armed-group", "name": "Wagner Group", "aliases": ["Orchestra"]}]}""");
        var add = await CliHarness.RunAsync("kb", "add", file, "--db", Db);
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("(0 new, 1 replacing)", add.Out);
        var show = await CliHarness.RunAsync("kb", "show", "Orchestra", "--db", Db);
        Assert.Contains("wagner", show.Out);
    }

    [Fact]
    public async Task A_file_that_clashes_with_stored_user_entities_is_refused_with_file_and_line()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("kb", "add", Write("unit.json", Unit), "--db", Db)).ExitCode);
        var clash = Write("clash.json", "{\"entities\": [\n  {\"id\": \"other-unit\", \"kind\": \"state-organ\", \"name\": \"Unit 74455\"}\n]}");
        var run = await CliHarness.RunAsync("kb", "add", clash, "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{clash}:2: the name 'unit 74455' of 'other-unit' also names 'unit-74455'", run.Err);
        await using var store = await StoreOpener.OpenAsync(Db, TestContext.Current.CancellationToken);
        Assert.Null(await store.GetEntityAsync("other-unit", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_dangling_link_is_refused_and_nothing_is_stored()
    {
        var bad = Write("bad.json", "{\"entities\": [\n{\"id\": \"cell\", \"kind\": \"armed-group\", \"name\": \"Cell\", \"links\": [{\"type\": \"proxy-of\", \"target\": \"nowhere\"}]}\n]}");
        var run = await CliHarness.RunAsync("kb", "add", bad, "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}:2: 'cell' links to 'nowhere', which no file declares", run.Err);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Malformed_json_is_refused_naming_file_and_line()
    {
        var bad = Write("broken.json", "{\"entities\": [\n{\"id\": \"x\",\n\"kind\": }\n]}");
        var run = await CliHarness.RunAsync("kb", "add", bad, "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}:3:", run.Err);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_and_no_file_is_a_usage_error()
    {
        Assert.Equal(1, (await CliHarness.RunAsync("kb", "add", _dir.File("absent.json"), "--db", Db)).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("kb", "add", "--db", Db)).ExitCode);
    }
}
