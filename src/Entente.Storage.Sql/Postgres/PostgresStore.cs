using System.Data.Common;
using Entente.Core.Claims;
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

    protected override Task<int> InsertClaimsAsync(DbConnection c, DbTransaction tx, IEnumerable<Claim> claims, CancellationToken ct) =>
        PostgresClaimCopier.CopyAsync((NpgsqlConnection)c, (NpgsqlTransaction)tx, claims, ct);

    protected override string JsonParameter(string name) => $"CAST({name} AS json)";

    protected override bool IsMissingReference(DbException e) => e is PostgresException { SqlState: PostgresFailures.ForeignKeyViolation };

    protected override string DateAsText(string column) => $"to_char({column}, 'YYYY-MM-DD')";

    // Not indexed: PostgreSQL cannot answer an expression from an index alone, so it reads the rows by the subject and object indexes.
    protected override string ClaimLine { get; } = LineFromRecord();

    /// <summary>
    /// <see cref="ClaimLineRow.Expression"/> over the json column's top-level fields, split once per row by
    /// json_to_record: each "json->'k'" of a json (not jsonb) value parses the document again, eleven times a line, and a
    /// hub's timeline reads a hundred thousand lines (1.3 s of the server's time for 52,000 lines, 0.8 s split once). A
    /// json field of the record is the field's text as stored, so the line is the same string, byte for byte.
    /// </summary>
    private static string LineFromRecord()
    {
        var fields = new List<string>();
        string Field(string key)
        {
            if (!fields.Contains(key)) fields.Add(key);
            return $"r.\"{key}\"";
        }
        var line = ClaimLineRow.Expression(
            path => Field(path[0]) + string.Concat(path.Skip(1).SkipLast(1).Select(k => $"->'{k}'")) + $"->>'{path[^1]}'",
            key => $"({Field(key)})::text",
            column => $"to_char({column}, 'YYYY-MM-DD')");
        return $"(SELECT {line} FROM json_to_record(claims.json) AS r({string.Join(", ", fields.Select(f => $"\"{f}\" json"))}))";
    }

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
