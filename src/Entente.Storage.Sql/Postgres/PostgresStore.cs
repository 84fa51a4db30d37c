using System.Data.Common;
using Entente.Storage.Sql;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>
/// The server store: PostgreSQL through a pooled Npgsql data source, full-text search with a stored
/// tsvector column under a GIN index, and binary COPY for bulk claim inserts.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private readonly PostgresUrl _url;
    private readonly NpgsqlDataSource _dataSource;

    private PostgresStore(PostgresUrl url, Action<UnreadableRow>? onUnreadable) : base(onUnreadable)
    {
        _url = url;
        _dataSource = NpgsqlDataSource.Create(url.ConnectionString);
    }

    public override string Description => _url.Display;

    /// <summary>Connects to the database a postgres:// URL names and brings its schema up to date.</summary>
    public static Task<IEntenteStore> OpenAsync(string spec, CancellationToken ct = default) => OpenAsync(spec, null, ct);

    /// <summary>As <see cref="OpenAsync(string, CancellationToken)"/>; reads skip rows that do not decode and hand them to <paramref name="onUnreadable"/>.</summary>
    public static async Task<IEntenteStore> OpenAsync(string spec, Action<UnreadableRow>? onUnreadable, CancellationToken ct = default)
    {
        var store = new PostgresStore(PostgresUrl.Parse(spec), onUnreadable);
        try
        {
            await using var c = await store.OpenConnectionAsync(ct);
            await new Migrator(PostgresMigrations.All, PostgresMigrations.VersionTable, PostgresMigrations.Lock).MigrateAsync(c, store.Description, ct);
            return store;
        }
        catch (Exception e) when (PostgresFailures.IsExplainable(e))
        {
            await store.DisposeAsync();
            throw PostgresFailures.Explain(store._url, e);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (PostgresFailures.IsExplainable(e))
        {
            throw PostgresFailures.Explain(_url, e);
        }
    }

    private protected override ClaimWriter OpenClaimWriter(DbConnection c, DbTransaction tx) =>
        new PostgresClaimCopier((NpgsqlConnection)c, (NpgsqlTransaction)tx);

    protected override string JsonParameter(string name) => $"CAST({name} AS json)";

    /// <summary>
    /// 50,000: every document's insert updates the same hub rows of the claim pairs and actor facts, and PostgreSQL keeps
    /// each dead version of them until the transaction ends; a million synthetic claims took 148 s in batches of 50,000
    /// and 260 s in one transaction.
    /// </summary>
    public override int BulkLoadClaimsPerTransaction => 50_000;

    // pg_indexes holds each index's definition; an index that backs a constraint (the primary key) is not listed.
    protected override string ClaimIndexCatalog =>
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = 'claims' " +
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.indexname";

    protected override bool IsMissingReference(DbException e) => e is PostgresException { SqlState: PostgresFailures.ForeignKeyViolation };

    protected override string DateAsText(string column) => $"to_char({column}, 'YYYY-MM-DD')";

    // A column the claims table keeps (migration 12): PostgreSQL cannot answer an expression from an index alone, and
    // computing the line from the JSON on every read cost a hub's timeline more than all its other work.
    protected override string ClaimLine => "line";

    // From the indexes of migration 13 where they hold the line; the few lines too long for an index entry (and any a trigger
    // has not yet set) from their rows, found by two more indexes. The conditions must be written as the indexes' own, for the
    // planner to use them.
    protected override string ListingQuery(string where) =>
        $"SELECT line FROM claims WHERE ({where}) AND {PostgresMigrations.ShortLine} " +
        $"UNION ALL SELECT line FROM claims WHERE ({where}) AND {PostgresMigrations.LongLine}";

    protected override string Year(string column) => ActorFactSql.DateYear(column);

    protected override string GroupConcat(string expression, string separator) => $"string_agg({expression}, {separator})";

    protected override string Paging(int? limit, int offset) =>
        limit is { } l ? $"LIMIT {Math.Max(l, 0)} OFFSET {Math.Max(offset, 0)}" : offset > 0 ? $"OFFSET {offset}" : "";

    public override async Task<IReadOnlyList<SearchHit>> SearchSourcesAsync(string query, int limit = 20, CancellationToken ct = default)
    {
        query = SearchText.Clean(query);
        if (string.IsNullOrWhiteSpace(query)) return [];
        // plainto_tsquery ANDs the words and ignores operators, matching the SQLite provider's literal reading.
        return await ListAsync(
            "SELECT s.id, s.title, ts_headline('english', s.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=\" … \"'), " +
            "ts_rank(s.search, q) AS score FROM sources s, plainto_tsquery('english', @q) q WHERE s.search @@ q ORDER BY score DESC, s.id LIMIT @limit",
            r => new SearchHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFloat(3)), ct, ("@q", query), ("@limit", limit));
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
