using System.Data.Common;
using System.Text;
using Entente.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on and FTS5 over source text.
/// Each operation takes a pooled connection, so the store can be shared by concurrent readers.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private readonly string _path;
    private readonly string _connectionString;

    /// <summary>How long a statement waits for another connection's lock before SQLite reports the file busy.</summary>
    private const int BusyTimeoutMs = 10_000;

    private SqliteStore(string path, Action<UnreadableRow>? onUnreadable) : base(onUnreadable)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string Description => "sqlite:" + _path;

    /// <summary>Opens (creating if needed) the database file and brings its schema up to date.</summary>
    public static Task<IEntenteStore> OpenAsync(string spec, CancellationToken ct = default) => OpenAsync(spec, null, ct);

    /// <summary>As <see cref="OpenAsync(string, CancellationToken)"/>; reads skip rows that do not decode and hand them to <paramref name="onUnreadable"/>.</summary>
    public static async Task<IEntenteStore> OpenAsync(string spec, Action<UnreadableRow>? onUnreadable, CancellationToken ct = default)
    {
        var path = PathOf(spec);
        SqliteFailures.CheckPath(path);
        var store = new SqliteStore(path, onUnreadable);
        try
        {
            await using var c = await store.OpenSqliteAsync(MigrationCacheKiB, ct);
            await SqliteFailures.RefuseForeignAsync(c, path, ct);
            await c.Command("PRAGMA journal_mode = WAL").ExecuteNonQueryAsync(ct);
            await new Migrator(SqliteMigrations.All, SqliteMigrations.VersionTable).MigrateAsync(c, path, ct);
            return store;
        }
        catch (SqliteException e)
        {
            await store.DisposeAsync();
            throw SqliteFailures.Explain(path, e);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The full path of the database file a spec ("entente.db", "sqlite:/data/e.db") names.</summary>
    public static string PathOf(string spec) =>
        Path.GetFullPath(spec.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? spec[7..] : spec);

    protected override Task<DbConnection> OpenConnectionAsync(CancellationToken ct) => OpenWithCacheAsync(ReadCacheKiB, ct);

    /// <summary>Rows read through SQLite's statement, each text decoded into a buffer instead of a new string (<see cref="SqliteTextRows"/>).</summary>
    private protected override async Task<TextRows> QueryTextAsync(string sql, IEnumerable<KeyValuePair<string, object>> parameters, CancellationToken ct)
    {
        var c = await OpenConnectionAsync(ct);
        TextRows? rows;
        try
        {
            rows = SqliteTextRows.TryOpen(c, sql, parameters);
        }
        catch
        {
            await c.DisposeAsync();
            throw;
        }
        // A parameter the statement cannot bind as the data reader would: the reader takes the connection over.
        return rows ?? await ReaderTextRows.OpenAsync(c, sql, parameters, ct);
    }

    // Claim ids and times are random keys: a bulk load touches every leaf of their indexes, which outgrow a small cache near
    // a million claims and then spill and reread pages. The bulk size is set at once, not after the everyday one: shrinking a
    // pooled connection's cache between two batches of a load would drop the pages the next batch reads again.
    protected override Task<DbConnection> OpenBulkConnectionAsync(CancellationToken ct) => OpenWithCacheAsync(BulkCacheKiB, ct);

    private async Task<DbConnection> OpenWithCacheAsync(int cacheKiB, CancellationToken ct)
    {
        try
        {
            return await OpenSqliteAsync(cacheKiB, ct);
        }
        catch (SqliteException e)
        {
            throw SqliteFailures.Explain(_path, e);
        }
    }

    private async Task<SqliteConnection> OpenSqliteAsync(int cacheKiB, CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        // Wait for another writer rather than failing at once. In WAL mode synchronous=NORMAL syncs at checkpoints, not at
        // every commit: a power cut may lose the last commits but never corrupts the file, and a commit no longer waits for
        // the disk. The page cache is set on every open, since a pooled connection keeps what its last user set.
        await using var pragmas = c.Command($"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA cache_size = -{cacheKiB}; PRAGMA synchronous = NORMAL");
        await pragmas.ExecuteNonQueryAsync(ct);
        return c;
    }

    /// <summary>
    /// Into an empty store, a bulk load is written with a rollback journal instead of the WAL. In WAL mode every page of
    /// the load is written twice (to the log, then to the file at the checkpoint), and every page read looks the log up
    /// first; a rollback journal keeps only the few pages that existed before the load, so the new ones are written once
    /// (a million synthetic claims: 102 s in WAL mode, 78 s so, medians on the 2-core machine). Leaving WAL mode needs
    /// the file to itself: when another connection is reading, the load stays in WAL mode rather than wait for it.
    /// </summary>
    protected override async Task<IAsyncDisposable?> BeginBulkLoadAsync(DbConnection c, CancellationToken ct)
    {
        // Checked again inside the transaction, which alone decides whether the indexes are built after the rows.
        if (await HoldsClaimsAsync(c, null, ct)) return null;
        return await JournalModeAsync(c, "TRUNCATE", wait: false, ct) == "truncate" ? new WalAgain(c) : null;
    }

    /// <summary>
    /// Sets the journal mode and returns the one in force: the old one, when the file stays busy. Without
    /// <paramref name="wait"/> a busy file is given up on within a second: SQLite's own wait is off, and
    /// Microsoft.Data.Sqlite retries a busy statement until the command's timeout, of which a second is the least.
    /// </summary>
    private static async Task<string> JournalModeAsync(DbConnection c, string mode, bool wait, CancellationToken ct)
    {
        if (!wait) await SetAsync(c, "PRAGMA busy_timeout = 0", ct);
        try
        {
            return await ScalarAsync(c, $"PRAGMA journal_mode = {mode}", ct, timeoutSeconds: wait ? null : 1);
        }
        catch (SqliteException e) when (SqliteFailures.IsBusy(e))
        {
            return await ScalarAsync(c, "PRAGMA journal_mode", ct);
        }
        finally
        {
            if (!wait) await SetAsync(c, $"PRAGMA busy_timeout = {BusyTimeoutMs}", ct);
        }
    }

    private static async Task SetAsync(DbConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.Command(sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string> ScalarAsync(DbConnection c, string sql, CancellationToken ct, int? timeoutSeconds = null)
    {
        await using var cmd = c.Command(sql);
        if (timeoutSeconds is { } seconds) cmd.CommandTimeout = seconds;
        return Convert.ToString(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>
    /// Puts the file back in WAL mode after a bulk load. Should a reader hold it past the busy timeout, the file stays
    /// in rollback mode, which is as safe, until the next open of the store sets WAL mode again.
    /// </summary>
    private sealed class WalAgain(DbConnection c) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await JournalModeAsync(c, "WAL", wait: true, CancellationToken.None);
    }

    /// <summary>Page cache of a bulk-write connection: 512 MB, enough for the claim indexes of a few million claims.</summary>
    public const int BulkCacheKiB = 512 * 1024;

    /// <summary>
    /// Page cache of every other connection: 2 MB, SQLite's default. A one-shot command reads a hub's index pages once
    /// each, and a larger cache only gave every page read a fresh buffer of its own: reading the listing lines and theater
    /// facts of two hubs at 1M claims took 0.86 s with 64 MB and 0.65 s with 2 MB (16 MB: 0.75 s), with 21,400 page faults
    /// against 5,000 and 117 MB of memory against 51 MB (README, "A small page cache for reads"). The operating system
    /// caches the file either way; writes of documents and claims go through the bulk connection.
    /// </summary>
    public const int ReadCacheKiB = 2 * 1024;

    /// <summary>Page cache while the schema is migrated: an index built over a large store sorts in as much memory.</summary>
    private const int MigrationCacheKiB = 64 * 1024;

    private protected override ClaimWriter OpenClaimWriter(DbConnection c, DbTransaction tx) => new SqliteClaimWriter(c, tx, _path);

    /// <summary>
    /// All of it: into an empty store the claim indexes are then built once after the rows (a million synthetic claims
    /// took 86-94 s wall this way, 217 s at 50,000 claims to a transaction).
    /// </summary>
    public override int BulkLoadClaimsPerTransaction => int.MaxValue;

    // sqlite_master keeps each index's CREATE text; the primary key's automatic index has none.
    protected override string ClaimIndexCatalog =>
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name";

    protected override string JsonParameter(string name) => name;

    protected override bool SortsClaimsInMemory => true;

    protected override string ClaimLine => ClaimLineRow.Sqlite;

    protected override bool IndexesClaimLines => true;

    // SQLite keeps them in every write; a reindex rebuilds them too, for when an index is in doubt.
    protected override string RebuildListingIndexes => "REINDEX claims_subject_line; REINDEX claims_object_line";

    protected override bool IsMissingReference(DbException e) => e is SqliteException s && SqliteFailures.IsMissingReference(s);

    protected override string GroupConcat(string expression, string separator) => $"group_concat({expression}, {separator})";

    protected override string Paging(int? limit, int offset) =>
        limit is { } l ? $"LIMIT {Math.Max(l, 0)} OFFSET {Math.Max(offset, 0)}" : offset > 0 ? $"LIMIT -1 OFFSET {offset}" : "";

    public override async Task<IReadOnlyList<SearchHit>> SearchSourcesAsync(string query, int limit = 20, CancellationToken ct = default)
    {
        var match = MatchExpression(query);
        if (match.Length == 0) return [];
        return await ListAsync(
            "SELECT s.id, s.title, snippet(sources_fts, -1, '[', ']', '…', 16), -bm25(sources_fts, 5.0, 1.0) AS score " +
            "FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid WHERE sources_fts MATCH @q ORDER BY score DESC, s.id LIMIT @limit",
            r => new SearchHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)), ct, ("@q", match), ("@limit", limit));
    }

    /// <summary>Every word of the user's query quoted, so FTS5 operators in it are taken literally; all words must occur.</summary>
    private static string MatchExpression(string query)
    {
        var sb = new StringBuilder();
        foreach (var word in SearchText.Clean(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            sb.Append(sb.Length > 0 ? " " : "").Append('"').Append(word.Replace("\"", "\"\"")).Append('"');
        return sb.ToString();
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var c = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(c);
        return ValueTask.CompletedTask;
    }
}
