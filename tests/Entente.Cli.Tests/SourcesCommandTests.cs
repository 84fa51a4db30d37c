using Entente.Core.Sources;
using Entente.Storage.Sqlite;
using Entente.TestSupport;
using static Entente.Cli.Tests.SourcesCliHarness;

namespace Entente.Cli.Tests;

public sealed class SourcesCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("entente.db");

    private string Article(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Adding_a_text_file_stores_a_source_with_its_metadata()
    {
        var file = Article("drones.txt", "Iran delivered drones to Russia in 2022.");

        var (code, output, _) = await RunAsync("sources", "add", file, "--db", Db, "--title", "Drones", "--publisher", "Example Review",
            "--author", "A. Writer", "--published", "2022-10-20", "--url", "https://example.org/d", "--reliability", "b");

        Assert.Equal(0, code);
        Assert.StartsWith("stored src-", output);
        await using var store = await SqliteStore.OpenAsync(Db, TestContext.Current.CancellationToken);
        var source = Assert.Single(await store.ListSourcesAsync(includeText: true, TestContext.Current.CancellationToken));
        Assert.Equal(("Drones", "Example Review", "A. Writer", "https://example.org/d", Reliability.B),
            (source.Title, source.Publisher, source.Author, source.Url, source.Reliability));
        Assert.Equal((new DateOnly(2022, 10, 20), new DateOnly(2025, 3, 4)), (source.Published, source.Retrieved));
        Assert.Equal("Iran delivered drones to Russia in 2022.", source.Text);
        Assert.Contains(source.Id, output);
    }

    [Fact]
    public async Task Adding_the_same_text_again_says_it_is_already_stored()
    {
        var first = Article("a.txt", "Same words.");
        var copy = Article("b.txt", "Same words.");
        await RunAsync("sources", "add", first, "--db", Db);

        var (code, output, _) = await RunAsync("sources", "add", copy, "--db", Db, "--title", "Other title");

        Assert.Equal(0, code);
        Assert.StartsWith("already stored: src-", output);
        var (_, list, _) = await RunAsync("sources", "list", "--db", Db, "--format", "csv");
        Assert.Equal(2, list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",a,", list);
    }

    [Theory]
    [InlineData("--published", "20 October 2022", "--published: '20 October 2022' is not a date")]
    [InlineData("--colour", "red", "unknown option --colour")]
    public async Task A_bad_option_is_a_usage_error(string option, string value, string message)
    {
        var file = Article("a.txt", "Words.");

        var (code, _, error) = await RunAsync("sources", "add", file, "--db", Db, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_missing_file_is_an_error_naming_it()
    {
        var (code, _, error) = await RunAsync("sources", "add", _dir.File("nothing.txt"), "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains(_dir.File("nothing.txt") + ": no such file", error);
    }

    [Fact]
    public async Task Listing_shows_the_newest_source_first_as_a_table_or_json()
    {
        await RunAsync("sources", "add", Article("old.txt", "Older."), "--db", Db, "--title", "Older report", "--publisher", "Wire");
        await RunAsync("sources", "add", Article("new.txt", "Newer."), "--db", Db, "--title", "Newer report", "--published", "2024-01-31");

        var (code, table, _) = await RunAsync("sources", "list", "--db", Db);
        var (_, json, _) = await RunAsync("sources", "list", "--db", Db, "--format", "json");

        Assert.Equal(0, code);
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["id", "title", "publisher", "published", "reliability", "kind", "rated", "by", "rated", "at"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Newer report", lines[2]);
        Assert.Contains("2024-01-31", lines[2]);
        Assert.Contains("Older report", lines[3]);
        Assert.Contains("\"title\":\"Newer report\"", json);
        Assert.Contains("\"published\":\"2024-01-31\"", json);
    }

    [Fact]
    public async Task An_empty_database_lists_no_sources()
    {
        await (await Storage.StoreOpener.OpenAsync(Db, TestContext.Current.CancellationToken)).DisposeAsync();
        var (code, output, _) = await RunAsync("sources", "list", "--db", Db);

        Assert.Equal(0, code);
        Assert.EndsWith("(none)\n", output);
    }

    [Fact]
    public async Task A_directory_as_the_database_is_an_error()
    {
        var (code, _, error) = await RunAsync("sources", "list", "--db", _dir.Path);

        Assert.Equal(1, code);
        Assert.Contains("is a directory", error);
    }

    [Fact]
    public async Task A_corrupt_database_file_is_an_error_that_says_so()
    {
        var path = _dir.File("x.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("not a database at all ", 100)), TestContext.Current.CancellationToken);

        var (code, _, error) = await RunAsync("sources", "list", "--db", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path} is not an Entente database or is corrupt (file is not a database)", error);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_an_error_asking_whether_it_runs()
    {
        var (code, _, error) = await RunAsync("sources", "list", "--db", "postgres://u:p@127.0.0.1:1/x");

        Assert.Equal(1, code);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1", error);
        Assert.Contains("is the server running?", error);
    }
}
