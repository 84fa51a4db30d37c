using Entente.Storage.Sqlite;
using Entente.TestSupport;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder, plus what only a file can get wrong.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly TempDir _dir = new();

    private string DbPath => _dir.File("entente.db");

    protected override Task<IEntenteStore> OpenAsync() => SqliteStore.OpenAsync(DbPath, Ct);

    protected override async Task<IReadOnlyList<string>> RawAsync(string sql)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await c.OpenAsync(Ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await r.ReadAsync(Ct)) rows.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return rows;
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_database_uses_write_ahead_logging_and_full_text_search()
    {
        await (await OpenAsync()).DisposeAsync();

        Assert.Equal(["wal"], await RawAsync("PRAGMA journal_mode"));
        Assert.Contains("sources_fts", await RawAsync("SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    protected override string ClaimIndexes =>
        "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name";

    [Fact]
    public async Task A_directory_given_as_the_database_is_refused_with_a_file_path_to_use()
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => SqliteStore.OpenAsync(_dir.Path, Ct));

        Assert.Contains("is a directory", e.Message);
        Assert.Contains(Path.Combine(_dir.Path, "entente.db"), e.Message);
    }

    [Fact]
    public async Task A_database_in_a_missing_folder_is_refused_naming_the_folder()
    {
        var folder = _dir.File("no-such-folder");

        var e = await Assert.ThrowsAsync<StoreException>(() => SqliteStore.OpenAsync(Path.Combine(folder, "x.db"), Ct));

        Assert.Contains($"the folder {folder} does not exist", e.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        var path = _dir.File("x.db");
        var junk = string.Concat(Enumerable.Repeat("this is a plain text file, not SQLite. ", 200));
        await File.WriteAllTextAsync(path, junk, Ct);

        var e = await Assert.ThrowsAsync<StoreException>(() => SqliteStore.OpenAsync(path, Ct));

        Assert.Equal($"{path} is not an Entente database or is corrupt (file is not a database); choose another --db path or restore a backup", e.Message);
        Assert.Equal(junk, await File.ReadAllTextAsync(path, Ct));
    }

    [Fact]
    public async Task A_sqlite_database_made_by_another_program_is_refused()
    {
        await RawAsync("CREATE TABLE recipes (name TEXT)");

        var e = await Assert.ThrowsAsync<StoreException>(OpenAsync);

        Assert.Contains("not an Entente one", e.Message);
        Assert.Equal(["recipes"], await RawAsync("SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public async Task An_empty_file_becomes_a_new_database()
    {
        await File.WriteAllBytesAsync(DbPath, [], Ct);

        await using var store = await OpenAsync();

        Assert.Equal("sqlite:" + DbPath, store.Description);
        Assert.Empty(await store.ListSourcesAsync(ct: Ct));
    }
}
