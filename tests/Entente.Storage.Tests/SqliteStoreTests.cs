using Entente.Core.Claims;
using Entente.Core.Serialization;
using Entente.Core.Time;
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
    public async Task A_claim_is_stored_with_the_types_and_bytes_Microsoft_Data_Sqlite_binds()
    {
        var source = Samples.Source("Київ: Iran's drones 🚀 struck Kherson on 17 October 2022, officials said.");
        var dated = Samples.Claim(source, Samples.Iran, "attack", Samples.Kherson, ClaimTime.Day(new DateOnly(2022, 10, 17), "17 October 2022"));
        // A lone surrogate, which UTF-8 cannot hold (both write U+FFFD), in a column of its own, and no object, place or time.
        var odd = (Samples.Claim(source, Samples.Hezbollah, "training", null, start: 5) with { Id = "", Producer = Producer.Importer("Київ \ud800 feed") }).WithId();
        await using (var store = await OpenAsync())
            await store.AddDocumentsAsync([(source, [Samples.Full(source), dated, odd])], Ct);
        const string Shown = "typeof({0}) || ':' || quote({0})";
        string[] columns = ["id", "source_id", "subject_id", "relation", "object_id", "time_from", "time_to", "producer_name", "confidence", "json", "place_id"];

        foreach (var claim in new[] { Samples.Full(source), dated, odd })
        {
            object?[] values = [claim.Id, claim.SourceId, claim.Subject.Id, claim.Relation, claim.Object?.Id, claim.Time?.From, claim.Time?.To,
                claim.Producer.Name, claim.Confidence, EntenteJson.Serialize(claim), claim.Place?.Id];
            await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
            await c.OpenAsync(Ct);
            await using var bound = c.CreateCommand();
            bound.CommandText = "SELECT " + string.Join(" || '|' || ", columns.Select((_, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Shown, "@v" + i)));
            for (var i = 0; i < values.Length; i++) bound.Parameters.AddWithValue("@v" + i, values[i] ?? DBNull.Value);

            Assert.Equal(await bound.ExecuteScalarAsync(Ct) as string, (await RawAsync(
                $"SELECT {string.Join(" || '|' || ", columns.Select(col => string.Format(System.Globalization.CultureInfo.InvariantCulture, Shown, col)))} FROM claims WHERE id = '{claim.Id}'")).Single());
        }
    }

    [Fact]
    public async Task A_database_from_before_migration_12_loses_its_subject_and_object_index_and_finds_a_pair_by_the_listing_index()
    {
        var source = Samples.Article();
        var full = Samples.Full(source);
        await using (var store = await OpenAsync()) await store.AddDocumentAsync(source, [full], ct: Ct);
        // What a store written before migration 12 holds.
        await RawAsync("CREATE INDEX claims_subject_object ON claims (subject_id, object_id)");
        await RawAsync("DELETE FROM schema_version WHERE version >= 12");

        await using var reopened = await OpenAsync();

        Assert.Empty(await RawAsync("SELECT name FROM sqlite_master WHERE name = 'claims_subject_object'"));
        Assert.Contains("12", await RawAsync("SELECT version FROM schema_version"));
        var found = new List<string>();
        await foreach (var c in reopened.QueryClaimsAsync(new ClaimQuery { Subjects = ["irn"], Objects = ["rus"] }, Ct)) found.Add(c.Id);
        Assert.Equal([full.Id], found);
    }

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

    /// <summary>Documents enough for a file of a few hundred kilobytes: 300 sources of 40 claims each.</summary>
    private static IReadOnlyList<(Core.Sources.Source, IReadOnlyList<Core.Claims.Claim>)> Load() =>
    [
        .. Enumerable.Range(0, 300).Select(i =>
        {
            var source = Samples.Source($"Report {i}: Iran delivered drones to Russia, and North Korea shipped artillery shells by rail to Russia.");
            return (source, (IReadOnlyList<Core.Claims.Claim>)[.. Enumerable.Range(0, 40).Select(k => Samples.Claim(source, Samples.Iran, "arms-transfer", Samples.Russia, start: k))]);
        }),
    ];

    [Fact]
    public async Task A_bulk_load_into_an_empty_store_bypasses_the_write_ahead_log_and_leaves_the_file_in_wal_mode()
    {
        await using var store = await OpenAsync();

        await store.AddDocumentsAsync(Load(), Ct);

        // Through the log, every page of the load would sit in the -wal file until the last connection closes.
        var wal = new FileInfo(DbPath + "-wal");
        var file = new FileInfo(DbPath).Length;
        Assert.True(file > 500_000, $"{file} bytes");
        Assert.True(!wal.Exists || wal.Length < file / 10, $"{(wal.Exists ? wal.Length : 0)} bytes of log for a file of {file}");
        Assert.Equal(["wal"], await RawAsync("PRAGMA journal_mode"));
        Assert.Equal(12_000, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    [Fact]
    public async Task A_refused_bulk_load_into_an_empty_store_is_rolled_back_from_its_journal()
    {
        await using var store = await OpenAsync();
        var load = Load();
        var bad = Samples.Article();

        await Assert.ThrowsAsync<StoreException>(() => store.AddDocumentsAsync([.. load, (bad, [Samples.Full(bad) with { Id = "" }])], Ct));

        Assert.Equal(["wal"], await RawAsync("PRAGMA journal_mode"));
        Assert.Equal(["0"], await RawAsync("SELECT COUNT(*) FROM claims"));
        Assert.Equal(["0"], await RawAsync("SELECT COUNT(*) FROM sources"));
        Assert.Equal(["ok"], await RawAsync("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_bulk_load_while_another_connection_reads_goes_through_the_log()
    {
        await using var store = await OpenAsync();
        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await reader.OpenAsync(Ct);
        await using var read = reader.BeginTransaction(deferred: true);
        await using (var cmd = reader.CreateCommand())
        {
            cmd.Transaction = read;
            cmd.CommandText = "SELECT COUNT(*) FROM sources";
            Assert.Equal(0L, await cmd.ExecuteScalarAsync(Ct));
        }

        await store.AddDocumentsAsync(Load(), Ct);

        Assert.True(new FileInfo(DbPath + "-wal").Length > new FileInfo(DbPath).Length / 2);
        await read.RollbackAsync(Ct);
        Assert.Equal(["wal"], await RawAsync("PRAGMA journal_mode"));
        Assert.Equal(12_000, await store.CountClaimsAsync(ClaimQuery.All, Ct));
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
