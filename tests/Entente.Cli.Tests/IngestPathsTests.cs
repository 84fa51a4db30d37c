using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Entente.Core.Serialization;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;
using Entente.Web.Hosting;

namespace Entente.Cli.Tests;

/// <summary>
/// One file through every way into a store, each into a store of its own: `ingest`, the web upload, `sources add`
/// followed by `ingest`, and the PostgreSQL queue workers (with and without `sources add` first). Every store must hold
/// the same rows: the same source (id, hash, metadata, normalized and original text, mentions), the same entities and
/// the same claims. The file is the seed article and a line naming a militia the knowledge base lacks: curly quotes, a
/// byline and a provisional name exercise normalization, the map to the original text and the entities a store keeps.
/// A second pass through the CLI and the web adds nothing.
/// </summary>
public sealed class IngestPathsTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_file_stores_the_same_source_entities_and_claims_by_every_path()
    {
        using var dir = new TempDir();
        var file = dir.File("article.txt");
        // The seed names only known actors; a militia the knowledge base lacks makes a provisional entity to keep.
        var seed = await File.ReadAllTextAsync(SharedData.Require("eval/seed/article.txt"), Ct);
        await File.WriteAllTextAsync(file, seed + "Iran supplied drones to the Kataib Sayyid al-Zolfaqar militia in 2021, officials said.\n", Ct);

        var cli = dir.File("cli.db");
        await Ok("ingest", file, "--db", cli);
        var expected = await FingerprintAsync(cli);
        Assert.Contains("\"original_text\"", expected);
        Assert.Contains("\"needs_review\":true", expected);

        var web = dir.File("web.db");
        await UploadAsync(web, file);

        var added = dir.File("added.db");
        await Ok("sources", "add", file, "--db", added);
        await Ok("ingest", file, "--db", added);

        var queued = await server.CreateDatabaseAsync(Ct);
        await Ok("enqueue", file, "--db", queued);
        await Ok("worker", "--once", "--poll", "0.1", "--db", queued);

        var queuedAfterAdd = await server.CreateDatabaseAsync(Ct);
        await Ok("sources", "add", file, "--db", queuedAfterAdd);
        await Ok("enqueue", file, "--db", queuedAfterAdd);
        await Ok("worker", "--once", "--poll", "0.1", "--db", queuedAfterAdd);

        foreach (var (path, store) in new[] { ("web upload", web), ("sources add, then ingest", added), ("queue worker", queued), ("sources add, then queue worker", queuedAfterAdd) })
            Assert.True(expected == await FingerprintAsync(store), $"{path} stored other rows than `ingest`:\n{expected}\n---\n{await FingerprintAsync(store)}");

        // Idempotent: the same file again, by the CLI and the web, adds nothing.
        Assert.Contains("0 added, 1 skipped", (await Ok("ingest", file, "--db", cli)).Out);
        await UploadAsync(web, file);
        Assert.Equal(expected, await FingerprintAsync(cli));
        Assert.Equal(expected, await FingerprintAsync(web));
    }

    /// <summary>Uploads the file to a workbench serving <paramref name="db"/>, as a browser would.</summary>
    private static async Task UploadAsync(string db, string file)
    {
        var knowledge = KnowledgeBase.Load();
        await using var server = await WorkbenchServer.StartAsync(new WorkbenchOptions
        {
            Database = db,
            Port = 0,
            Knowledge = knowledge,
            Extractor = ExtractionPipeline.CreateDefault(knowledge),
        }, Ct);
        using var client = new HttpClient { BaseAddress = server.Url };
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, Ct));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(content, "file", Path.GetFileName(file));
        using var response = await client.PostAsync("/api/uploads", form, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Every row the store holds, as JSON in a fixed order. The origin (a path on the CLI, the uploaded name on the web)
    /// and the retrieval day (the clock of each run) say where and when, not what, so they are left out.
    /// </summary>
    private static async Task<string> FingerprintAsync(string spec)
    {
        await using var store = await StoreOpener.OpenAsync(spec, Ct);
        var sources = (await store.ListSourcesAsync(includeText: true, Ct)).Select(s => s with { Origin = null, Retrieved = null, Rating = null }).OrderBy(s => s.Id);
        var entities = (await store.ListEntitiesAsync(Ct)).OrderBy(e => e.Id, StringComparer.Ordinal);
        var claims = new List<Core.Claims.Claim>();
        await foreach (var c in store.QueryClaimsAsync(new ClaimQuery(), Ct)) claims.Add(c);
        var builder = new StringBuilder();
        foreach (var s in sources) builder.AppendLine(EntenteJson.Serialize(s));
        foreach (var e in entities) builder.AppendLine(EntenteJson.Serialize(e));
        foreach (var c in claims.OrderBy(c => c.Id, StringComparer.Ordinal)) builder.AppendLine(EntenteJson.Serialize(c));
        return builder.ToString();
    }

    private static async Task<CliHarness.Run> Ok(params string[] args)
    {
        var run = await CliHarness.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"entente {string.Join(' ', args)} exited {run.ExitCode}: {run.Err}");
        return run;
    }
}
