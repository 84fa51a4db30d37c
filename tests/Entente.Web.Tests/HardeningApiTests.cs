using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Storage;
using Entente.TestSupport;
using Entente.Web.Hosting;

namespace Entente.Web.Tests;

/// <summary>
/// The server defending itself: repeated views come from the version-keyed cache until a write, uploads are limited
/// with a 429 problem document, and the source reader shows what ingest stored without extracting again.
/// A server of its own (two uploads a minute), so its counts and limits are not shared with other tests.
/// </summary>
public sealed class HardeningApiTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly CountingExtractor _extractor = new(WorkbenchFixture.Extractor);
    private RunningWorkbench _server = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using (var store = await StoreOpener.OpenAsync(_dir.File("entente.db"))) await FixtureCorpus.LoadAsync(store, WorkbenchFixture.Knowledge);
        _server = await WorkbenchServer.StartAsync(new WorkbenchOptions
        {
            Database = _dir.File("entente.db"),
            Port = 0,
            Knowledge = WorkbenchFixture.Knowledge,
            Extractor = _extractor,
            UploadsPerMinute = 2,
        });
        _client = new HttpClient { BaseAddress = _server.Url };
    }

    [Fact]
    public async Task A_repeated_graph_or_profile_request_is_served_from_the_cache_until_a_write_moves_the_store_version()
    {
        var before = "";
        foreach (var url in new[] { "/api/graph/irn", "/api/profile/irn/rus" })
        {
            var (first, firstBody) = await GetAsync(url);
            var (second, secondBody) = await GetAsync(url);
            Assert.Null(first);
            Assert.Equal("hit", second);
            Assert.Equal(firstBody, secondBody);
            if (url == "/api/graph/irn") before = firstBody;
        }
        // A new neighbour of Iran: the graph after the upload must show it, so it cannot be the cached answer.
        var (status, _) = await UploadAsync("belarus.md", "Drone deliveries\nIn 2023, Iran supplied Shahed-136 drones to Belarus, officials said.\n");
        Assert.Equal(HttpStatusCode.Created, status);
        var (afterWrite, body) = await GetAsync("/api/graph/irn");
        Assert.Null(afterWrite);
        Assert.DoesNotContain("\"blr\"", before);
        Assert.Contains("\"blr\"", body);
    }

    [Fact]
    public async Task Uploads_past_the_rate_limit_get_429_with_a_problem_document()
    {
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("a.txt", "Iran sent drones to Russia in 2022.\n")).Status);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("b.txt", "Russia sent jets to Iran in 2023.\n")).Status);
        using var form = Form("c.txt", "Syria hosted Russian troops in 2015.\n");
        using var refused = await _client.PostAsync("/api/uploads", form, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("too many uploads", body);
        Assert.Contains("request_id", body);
    }

    [Fact]
    public async Task The_source_reader_shows_stored_mentions_and_never_extracts_again()
    {
        var (status, created) = await UploadAsync("hezbollah.md", "Support\nIn 2020, Iran trained Hezbollah fighters in Lebanon.\n");
        Assert.Equal(HttpStatusCode.Created, status);
        var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("source_id").GetString();
        var extractions = _extractor.Calls;
        for (var i = 0; i < 3; i++)
        {
            var source = await _client.GetJsonAsync($"/api/sources/{id}");
            Assert.Contains(source.GetProperty("mentions").Items(), m => m.Str("text") == "Hezbollah");
        }
        Assert.Equal(extractions, _extractor.Calls);
    }

    private async Task<(string? Cache, string Body)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.TryGetValues("X-Entente-Cache", out var v) ? v.Single() : null, await response.Content.ReadAsStringAsync(Ct));
    }

    private static MultipartFormDataContent Form(string name, string text)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        return form;
    }

    private async Task<(HttpStatusCode Status, string Body)> UploadAsync(string name, string text)
    {
        using var form = Form(name, text);
        using var response = await _client.PostAsync("/api/uploads", form, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    /// <summary>The real pipeline, counting the documents it is asked to extract.</summary>
    private sealed class CountingExtractor(IClaimExtractor inner) : IClaimExtractor
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ExtractionResult Extract(Document document)
        {
            Interlocked.Increment(ref _calls);
            return inner.Extract(document);
        }

        public ExtractionResult ExtractUntil(Document document, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            return inner.ExtractUntil(document, ct);
        }
    }
}
