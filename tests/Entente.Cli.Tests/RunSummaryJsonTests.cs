using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>ingest, import, export and synth with --format json print one object in one shape, which a script can parse.</summary>
public sealed class RunSummaryJsonTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static JsonElement Parse(CliHarness.Run run)
    {
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Ingest_gives_documents_claims_entities_and_each_failure_with_its_file_and_line()
    {
        var docs = Directory.CreateDirectory(_dir.File("docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "a-good.md"), "---\ntitle: Drones\npublished: 2022-10-20\n---\nIran supplied Russia with Shahed drones in 2022.\n");
        File.WriteAllBytes(Path.Combine(docs, "b-bad.txt"), [.. "first line\n"u8, 0xFF, 0xFE, .. " broken\n"u8]);

        var run = await CliHarness.RunAsync("ingest", docs, "--format", "json", "--db", _dir.File("e.db"));

        Assert.Equal(1, run.ExitCode);
        var json = Parse(run);
        Assert.Equal("ingest", json.GetProperty("command").GetString());
        var documents = json.GetProperty("documents");
        Assert.Equal((2, 1, 0, 1), (documents.GetProperty("read").GetInt32(), documents.GetProperty("added").GetInt32(), documents.GetProperty("skipped").GetInt32(), documents.GetProperty("failed").GetInt32()));
        Assert.True(json.GetProperty("claims").GetProperty("added").GetInt32() >= 1);
        Assert.True(json.GetProperty("claims").GetProperty("by_sphere").GetProperty("military").GetInt32() >= 1);
        // Iran and Russia are new to this empty store: ingest stores the entities its claims name.
        Assert.True(json.GetProperty("entities").GetProperty("added").GetInt32() >= 2);
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(Path.Combine(docs, "b-bad.txt"), error.GetProperty("file").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.StartsWith("is not valid UTF-8", error.GetProperty("message").GetString());
        Assert.True(json.GetProperty("elapsed_seconds").GetDouble() >= 0);

        var again = Parse(await CliHarness.RunAsync("ingest", Path.Combine(docs, "a-good.md"), "--format", "json", "--db", _dir.File("e.db")));
        Assert.Equal(1, again.GetProperty("documents").GetProperty("skipped").GetInt32());
        Assert.Equal(0, again.GetProperty("claims").GetProperty("added").GetInt32());
        Assert.Empty(again.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Import_gives_rows_read_and_added_and_each_bad_row_with_its_line()
    {
        var csv = _dir.File("claims.csv");
        await File.WriteAllTextAsync(csv, "subject,relation,object,from\nIran,arms-transfer,Russia,2022\nIran,contact,Russia\nVolga Shipping Company,visit,Iran,2023\n", TestContext.Current.CancellationToken);

        var run = await CliHarness.RunAsync("import", "csv", csv, "--format", "json", "--db", _dir.File("e.db"));

        Assert.True(run.ExitCode == 0, run.Err);
        var json = Parse(run);
        Assert.Equal("import", json.GetProperty("command").GetString());
        Assert.Equal(1, json.GetProperty("documents").GetProperty("added").GetInt32());
        Assert.Equal((2, 2), (json.GetProperty("claims").GetProperty("read").GetInt32(), json.GetProperty("claims").GetProperty("added").GetInt32()));
        Assert.Equal(1, json.GetProperty("entities").GetProperty("added").GetInt32());
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal((csv, 3, "expected 4 columns, found 3"), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("message").GetString()));
        var file = Assert.Single(json.GetProperty("files").EnumerateArray());
        Assert.Equal("stored", file.GetProperty("outcome").GetString());
        Assert.False(json.GetProperty("dry_run").GetBoolean());
        // The bad row is still named on stderr for a person, whatever stdout carries.
        Assert.Contains("claims.csv:3: expected 4 columns, found 3", run.Err);

        var again = Parse(await CliHarness.RunAsync("import", "csv", csv, "--format", "json", "--db", _dir.File("e.db")));
        Assert.Equal((0, 1), (again.GetProperty("documents").GetProperty("added").GetInt32(), again.GetProperty("documents").GetProperty("skipped").GetInt32()));
        Assert.Equal(0, again.GetProperty("claims").GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Synth_and_export_give_their_counts_and_a_second_synth_adds_nothing()
    {
        var db = _dir.File("s.db");
        var synth = Parse(await CliHarness.RunAsync("synth", "--claims", "300", "--format", "json", "--db", db));
        Assert.Equal("synth", synth.GetProperty("command").GetString());
        Assert.Equal((2, 2, 0), (synth.GetProperty("documents").GetProperty("read").GetInt32(), synth.GetProperty("documents").GetProperty("added").GetInt32(), synth.GetProperty("documents").GetProperty("skipped").GetInt32()));
        var claims = synth.GetProperty("claims").GetProperty("added").GetInt32();
        Assert.InRange(claims, 1, 300);
        Assert.True(synth.GetProperty("entities").GetProperty("added").GetInt32() >= 1);

        var again = Parse(await CliHarness.RunAsync("synth", "--claims", "300", "--format", "json", "--db", db));
        Assert.Equal((2, 0, 2), (again.GetProperty("documents").GetProperty("read").GetInt32(), again.GetProperty("documents").GetProperty("added").GetInt32(), again.GetProperty("documents").GetProperty("skipped").GetInt32()));
        Assert.Equal((0, 0), (again.GetProperty("claims").GetProperty("added").GetInt32(), again.GetProperty("entities").GetProperty("added").GetInt32()));

        var output = _dir.File("all.csv");
        var run = await CliHarness.RunAsync("export", "csv", "--out", output, "--format", "json", "--db", db);
        Assert.True(run.ExitCode == 0, run.Err);
        var export = Parse(run);
        Assert.Equal(("export", "csv", output), (export.GetProperty("command").GetString(), export.GetProperty("format").GetString(), export.GetProperty("out").GetString()));
        Assert.Equal(claims, export.GetProperty("claims").GetProperty("read").GetInt32());
        Assert.Equal(claims, export.GetProperty("claims").GetProperty("written").GetInt32());
        Assert.Equal(claims + 1, CsvText.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).Count);
        Assert.False(export.TryGetProperty("documents", out _));
    }

    [Fact]
    public async Task Csv_is_refused_for_a_summary()
    {
        var run = await CliHarness.RunAsync("synth", "--claims", "10", "--format", "csv", "--db", _dir.File("x.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format must be one of table, json", run.Err);
    }
}
