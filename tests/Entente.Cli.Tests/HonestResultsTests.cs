using System.Text;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>What the CLI reports is what happened: empty imports fail, skips are named by line, sources add refuses
/// what ingest refuses, ingest counts what the store wrote, and a document over its time budget fails alone.</summary>
public sealed class HonestResultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> SourcesIn(string db)
    {
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        return (await store.ListSourcesAsync(false, Ct)).Count;
    }

    [Theory]
    [InlineData("stix", "cut.json", "{\"type\":\"bundle\",\"objects\":[{\"type\":\"identity\",\"id\":\"identity--1\"")]
    [InlineData("sipri", "other.csv", "a,b,c\n1,2,3\n")]
    [InlineData("ftm", "lines.json", "5\n\"x\"\n[1]\n")]
    public async Task A_file_that_yields_nothing_is_an_error_that_stores_nothing_unless_allowed(string format, string name, string content)
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File(name), content, Ct);
        var db = dir.File("e.db");

        var refused = await CliHarness.RunAsync("import", format, dir.File(name), "--db", db);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{dir.File(name)}: no claim or entity could be read from it", refused.Err);
        Assert.Contains($"{name}:", refused.Err);
        Assert.Equal(0, await SourcesIn(db));

        var allowed = await CliHarness.RunAsync("import", format, dir.File(name), "--db", db, "--allow-empty");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(1, await SourcesIn(db));
    }

    [Fact]
    public async Task A_STIX_bundle_saved_with_a_byte_order_mark_is_read()
    {
        using var dir = new TempDir();
        var bundle = """{"type":"bundle","objects":[{"type":"identity","id":"identity--1","name":"Iran"},{"type":"identity","id":"identity--2","name":"Russia"},{"type":"relationship","id":"relationship--3","relationship_type":"arms-transfer","source_ref":"identity--1","target_ref":"identity--2"}]}""";
        await File.WriteAllBytesAsync(dir.File("bom.json"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(bundle)], Ct);
        var run = await CliHarness.RunAsync("import", "stix", dir.File("bom.json"), "--db", dir.File("e.db"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("claims   1 read: 1 new", run.Out);
    }

    [Fact]
    public async Task Every_skipped_row_is_named_with_its_file_and_line()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("f.json"), """
            {"id":"o1","schema":"Occupancy","properties":{}}
            {"id":"p1","schema":"Person","properties":{"name":["Halvard Testperson"]}}
            {"id":"o2","schema":"Occupancy","properties":{}}
            {"id":"o3","schema":"Occupancy","properties":{}}
            """, Ct);
        var run = await CliHarness.RunAsync("import", "ftm", dir.File("f.json"), "--db", dir.File("e.db"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped  3 rows: FTM schema Occupancy", run.Out);
        Assert.Contains("f.json:1,3-4: skipped: FTM schema Occupancy", run.Err);
    }

    [Theory]
    [InlineData("binary.txt", new byte[] { 0x49, 0x72, 0x61, 0x6e, 0x00, 0x01 }, "binary file")]
    [InlineData("latin1.txt", new byte[] { 0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65 }, "not valid UTF-8")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0a, 0x20 }, "has no text")]
    public async Task Sources_add_refuses_what_ingest_refuses_and_stores_nothing(string name, byte[] bytes, string reason)
    {
        using var dir = new TempDir();
        await File.WriteAllBytesAsync(dir.File(name), bytes, Ct);
        var db = dir.File("e.db");
        var run = await CliHarness.RunAsync("sources", "add", dir.File(name), "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(name, run.Err);
        Assert.Contains(reason, run.Err);
        Assert.Equal(0, await SourcesIn(db));
    }

    [Fact]
    public async Task Two_ingests_at_once_over_the_same_files_report_together_exactly_what_was_stored()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(SharedData.RepoRoot, "samples", "corpus");
        var db = dir.File("e.db");
        await (await StoreOpener.OpenAsync(db, Ct)).DisposeAsync();
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliHarness.RunAsync("ingest", corpus, "--db", db, "--quiet"), Ct)));
        var added = runs.Sum(r => int.Parse(System.Text.RegularExpressions.Regex.Match(r.Out, @"documents: (\d+) added").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(await SourcesIn(db), added);
        Assert.Equal(Directory.GetFiles(corpus).Length, added);
    }

    [Fact]
    public async Task A_document_past_its_time_budget_fails_by_name_and_the_run_goes_on()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(SharedData.RepoRoot, "samples", "corpus");
        var files = Directory.GetFiles(corpus).Order().Take(2).ToList();
        var sink = new CountingSink();
        var kb = Knowledge.KnowledgeBase.Load();
        var loop = new IngestLoop(new DocumentReader(), ExtractionPipeline.CreateDefault(kb), sink, jobs: 1, budget: TimeSpan.Zero);

        var summary = await loop.RunAsync(files, ct: Ct);

        Assert.Equal(2, summary.Failed);
        Assert.Equal(0, sink.Stored);
        Assert.All(summary.Failures.Zip(files), f => Assert.StartsWith($"{f.Second}: extraction took longer than its 0 ms budget", f.First.Error));
    }

    private sealed class CountingSink : IDocumentSink
    {
        public int Stored { get; private set; }

        public Task<bool> ContainsAsync(Document document, CancellationToken ct) => Task.FromResult(false);

        public Task<StoredDocument> StoreAsync(ExtractionResult result, CancellationToken ct)
        {
            Stored++;
            return Task.FromResult(new StoredDocument(true, result.Claims.Count));
        }

        public bool IsFatal(Exception e) => false;
    }
}
