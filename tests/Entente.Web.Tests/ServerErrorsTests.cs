using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Entente.Storage;
using Entente.TestSupport;
using Entente.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Entente.Web.Tests;

/// <summary>Every error status answers with a problem document; a loopback server answers only requests addressed to it.</summary>
public sealed class ServerErrorsTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    [Fact]
    public async Task A_request_addressed_to_another_host_is_refused_as_DNS_rebinding()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("Iran armed Russia."u8.ToArray()), "file", "t.txt" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        upload.Headers.Host = $"attacker.example:{fx.Server.Url.Port}";
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Host = "attacker.example";

        using var refusedUpload = await fx.Client.SendAsync(upload, TestContext.Current.CancellationToken);
        using var refusedPage = await fx.Client.SendAsync(page, TestContext.Current.CancellationToken);

        Assert.Contains("attacker.example", (await ProblemAsync(refusedUpload, HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        await ProblemAsync(refusedPage, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Loopback_names_are_answered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        request.Headers.Host = $"{host}:{fx.Server.Url.Port}";
        using var response = await fx.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_search_for_a_NUL_character_is_an_answer_not_a_server_error()
    {
        using var response = await fx.Client.GetAsync("/api/search?q=%00", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var mixed = await fx.Client.GetAsync("/api/search?q=Iran%00%01drones", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
    }

    [Fact]
    public async Task Not_found_unsupported_media_and_too_large_come_with_problem_documents()
    {
        using var missing = await fx.Client.GetAsync("/api/no-such-thing", TestContext.Current.CancellationToken);
        await ProblemAsync(missing, HttpStatusCode.NotFound);

        using var json = await fx.Client.PostAsync("/api/uploads", new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        await ProblemAsync(json, HttpStatusCode.UnsupportedMediaType);

        using var form = new MultipartFormDataContent();
        var big = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 1024 * 1024)));
        big.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(big, "file", "big.txt");
        // The server answers 413 from the declared length and closes the connection. A client that is still writing
        // the megabyte then fails with a broken pipe before it reads the answer, depending on timing. Asking with
        // "Expect: 100-continue" makes the client wait for the verdict before it sends the body, as HTTP intends.
        using var patient = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = fx.Server.Url };
        foreach (var header in fx.Client.DefaultRequestHeaders) patient.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        upload.Headers.ExpectContinue = true;
        using var tooLarge = await patient.SendAsync(upload, TestContext.Current.CancellationToken);
        await ProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unhandled_exception_is_logged_with_its_stack_trace_and_answered_with_a_bare_500_problem()
    {
        using var dir = new TempDir();
        var db = dir.File("broken.db");
        await (await StoreOpener.OpenAsync(db, TestContext.Current.CancellationToken)).DisposeAsync();
        var logs = new CapturedLogs();
        await using var server = await WorkbenchServer.StartAsync(new WorkbenchOptions { Database = db, Port = 0, Knowledge = WorkbenchFixture.Knowledge, Logs = logs },
            TestContext.Current.CancellationToken);
        // A real failure under the server: the table the endpoint reads is gone.
        await using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await c.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "ALTER TABLE verdicts RENAME TO verdicts_gone";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        using var http = new HttpClient { BaseAddress = server.Url };

        using var response = await http.GetAsync("/api/verdicts", TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("verdicts", problem.ToString());
        var requestId = problem.GetProperty("request_id").GetString();
        var logged = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("no such table: verdicts", logged.Exception?.ToString());
        Assert.False(string.IsNullOrEmpty(requestId));
    }

    /// <summary>Keeps what the server logs, for the test to read.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
        }
    }
}
