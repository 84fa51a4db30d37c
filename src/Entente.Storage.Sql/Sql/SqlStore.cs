using System.Data.Common;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Serialization;
using Entente.Core.Sources;

namespace Entente.Storage.Sql;

/// <summary>
/// The part of the store both providers share: the same tables and the same SQL. A provider supplies
/// connections, bulk claim inserts, full-text search and the few words where the dialects differ.
/// This file holds the writes; SqlStore.Reads.cs the reads.
/// </summary>
public abstract partial class SqlStore(Action<UnreadableRow>? onUnreadable) : IEntenteStore
{
    private readonly RowDecoder _decoder = new(onUnreadable);

    public abstract string Description { get; }

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>A connection for the job queue, which lives beside the store in the same database.</summary>
    internal Task<DbConnection> ConnectAsync(CancellationToken ct) => OpenConnectionAsync(ct);

    /// <summary>A connection for a bulk write; a provider may give it more memory than everyday connections get.</summary>
    protected virtual Task<DbConnection> OpenBulkConnectionAsync(CancellationToken ct) => OpenConnectionAsync(ct);

    /// <summary>
    /// Readies a bulk write's connection before its transaction begins, and returns what sets it back after the
    /// transaction ends (null when nothing was changed): a provider may write a load into an empty store more cheaply
    /// than it writes every day.
    /// </summary>
    protected virtual Task<IAsyncDisposable?> BeginBulkLoadAsync(DbConnection c, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(null);

    /// <summary>What inserts claims inside the caller's transaction (<see cref="ClaimWriter"/>).</summary>
    private protected abstract ClaimWriter OpenClaimWriter(DbConnection c, DbTransaction tx);

    /// <summary>Inserts claims inside the caller's transaction, skipping stored ids; returns how many were new.</summary>
    private async Task<int> InsertClaimsAsync(DbConnection c, DbTransaction tx, IEnumerable<Claim> claims, CancellationToken ct)
    {
        using var writer = OpenClaimWriter(c, tx);
        var added = await writer.InsertAsync(claims, ct);
        await writer.FinishAsync(ct);
        return added;
    }

    /// <summary>The SQL expression that stores a JSON parameter in a json column.</summary>
    protected abstract string JsonParameter(string name);

    /// <summary>Says which stored record a failed write referred to, for the user.</summary>
    protected abstract bool IsMissingReference(DbException e);

    public abstract Task<IReadOnlyList<SearchHit>> SearchSourcesAsync(string query, int limit = 20, CancellationToken ct = default);

    public abstract ValueTask DisposeAsync();

    public Task<DocumentWriteResult> AddDocumentAsync(Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default) =>
        WriteDocumentAsync(source, claims, newEntities, ct);

    // The providers insert row by row from an enumerable; reading the stream as they go keeps memory flat.
    public Task<DocumentWriteResult> AddDocumentStreamAsync(Source source, IAsyncEnumerable<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default) =>
        WriteDocumentAsync(source, claims.ToBlockingEnumerable(ct), newEntities, ct);

    private Task<DocumentWriteResult> WriteDocumentAsync(Source source, IEnumerable<Claim> claims, IReadOnlyList<Entity>? newEntities, CancellationToken ct) =>
        WriteDocumentAsync(source, claims, newEntities, first: null, ct);

    /// <summary>
    /// As <see cref="AddDocumentAsync"/>, with <paramref name="first"/> run in the same transaction before the document is
    /// written: the job queue marks its job done there, so the job and the document commit together or not at all.
    /// An exception from it rolls everything back.
    /// </summary>
    internal async Task<DocumentWriteResult> WriteDocumentAsync(Source source, IEnumerable<Claim> claims, IReadOnlyList<Entity>? newEntities,
        Func<DbConnection, DbTransaction, Task>? first, CancellationToken ct) =>
        await WriteAsync("source " + source.Id, async (c, tx) =>
        {
            if (first is not null) await first(c, tx);
            if (!await SourceRow.InsertAsync(c, tx, source, JsonParameter("@mentions"), ct)) return new DocumentWriteResult(false, 0, 0);
            if (source.Rating is { } rating) await RatingRow.InsertAsync(c, tx, rating, ct);
            var entities = 0;
            foreach (var e in newEntities ?? [])
                entities += await EntityCommand(c, tx, e, replace: false).ExecuteNonQueryAsync(ct);
            var added = await InsertClaimsAsync(c, tx, claims, ct);
            return new DocumentWriteResult(true, added, entities);
        }, ct);

    public Task<DocumentWriteResult> JoinDocumentAsync(Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default) =>
        WriteAsync("source " + source.Id, async (c, tx) =>
        {
            if (await c.Command("SELECT COUNT(*) FROM sources WHERE id = @id", tx).With("@id", source.Id).ExecuteScalarAsync(ct) is var n && Convert.ToInt64(n) == 0)
                throw new StoreException($"no source '{source.Id}' in {Description} to add claims to; nothing was written");
            await SourceRow.FillMentionsAsync(c, tx, source, JsonParameter("@mentions"), ct);
            var entities = 0;
            foreach (var e in newEntities ?? [])
                entities += await EntityCommand(c, tx, e, replace: false).ExecuteNonQueryAsync(ct);
            return new DocumentWriteResult(false, await InsertClaimsAsync(c, tx, claims, ct), entities);
        }, ct);

    public async Task<IReadOnlyList<DocumentWriteResult>> AddDocumentsAsync(IEnumerable<(Source Source, IReadOnlyList<Claim> Claims)> documents, CancellationToken ct = default) =>
        await WriteAsync("documents", bulk: true, async (c, tx) =>
        {
            var results = new List<DocumentWriteResult>();
            // Into an empty store the claim indexes are built once, after the rows, inside this same transaction: sorted
            // in one pass rather than grown row by row (a rollback restores them with everything else).
            var deferred = await DropClaimIndexesIfEmptyAsync(c, tx, ct);
            // One writer for all the documents: the pairs and facts their claims share are written once, at the end.
            using var writer = OpenClaimWriter(c, tx);
            foreach (var (source, claims) in documents)
            {
                var added = await SourceRow.InsertAsync(c, tx, source, JsonParameter("@mentions"), ct);
                if (added && source.Rating is { } rating) await RatingRow.InsertAsync(c, tx, rating, ct);
                results.Add(added ? new DocumentWriteResult(true, await writer.InsertAsync(claims, ct), 0) : new DocumentWriteResult(false, 0, 0));
            }
            await writer.FinishAsync(ct);
            foreach (var create in deferred) await c.Command(create, tx).ExecuteNonQueryAsync(ct);
            return (IReadOnlyList<DocumentWriteResult>)results;
        }, ct);

    public abstract int BulkLoadClaimsPerTransaction { get; }

    public Task<int> AddClaimsAsync(IEnumerable<Claim> claims, CancellationToken ct = default) =>
        WriteAsync("claims", bulk: true, (c, tx) => InsertClaimsAsync(c, tx, claims, ct), ct);

    public Task<long> ReindexAsync(CancellationToken ct = default) =>
        WriteAsync("claim pairs and actor facts", bulk: true, async (c, tx) =>
        {
            await c.Command(ClaimPairSql.Rebuild, tx).ExecuteNonQueryAsync(ct);
            await c.Command(ActorFactSql.Rebuild(Year), tx).ExecuteNonQueryAsync(ct);
            if (RebuildListingIndexes.Length > 0) await c.Command(RebuildListingIndexes, tx).ExecuteNonQueryAsync(ct);
            return Convert.ToInt64(await c.Command("SELECT COUNT(*) FROM claim_pairs", tx).ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }, ct);

    /// <summary>
    /// A query listing the name and the creating statement of each secondary index of the claims table (not the primary
    /// key's, which the inserts' ON CONFLICT needs), from the database's own catalog so that no index is defined twice.
    /// </summary>
    protected abstract string ClaimIndexCatalog { get; }

    /// <summary>
    /// When the claims table is empty, drops its secondary indexes (<see cref="ClaimIndexCatalog"/>) inside
    /// <paramref name="tx"/> and returns the statements that create them again, to run before the transaction commits;
    /// otherwise drops nothing.
    /// </summary>
    private async Task<IReadOnlyList<string>> DropClaimIndexesIfEmptyAsync(DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        if (await HoldsClaimsAsync(c, tx, ct)) return [];
        var indexes = new List<(string Name, string Sql)>();
        await using (var r = await c.Command(ClaimIndexCatalog, tx).ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) indexes.Add((r.GetString(0), r.GetString(1)));
        foreach (var (name, _) in indexes) await c.Command($"DROP INDEX \"{name}\"", tx).ExecuteNonQueryAsync(ct);
        return [.. indexes.Select(i => i.Sql)];
    }

    /// <summary>Whether the claims table holds any row (PostgreSQL answers a boolean, SQLite an integer).</summary>
    protected static async Task<bool> HoldsClaimsAsync(DbConnection c, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = c.Command("SELECT EXISTS (SELECT 1 FROM claims)", tx);
        return await cmd.ExecuteScalarAsync(ct) is true or 1L;
    }

    /// <summary>SQL that rebuilds the indexes a provider keeps of the listing lines (<see cref="ClaimLineRow"/>), if it keeps any.</summary>
    protected virtual string RebuildListingIndexes => "";

    public Task UpsertEntitiesAsync(IEnumerable<Entity> entities, CancellationToken ct = default) =>
        WriteAsync("entities", async (c, tx) =>
        {
            foreach (var e in entities) await EntityCommand(c, tx, e, replace: true).ExecuteNonQueryAsync(ct);
            return 0;
        }, ct);

    public Task AddVerdictAsync(Verdict verdict, CancellationToken ct = default) =>
        WriteAsync("verdict " + verdict.Id, (c, tx) =>
            c.Command($"INSERT INTO verdicts (id, claim_id, kind, analyst, at, json) VALUES (@id, @claim, @kind, @analyst, @at, {JsonParameter("@json")}) ON CONFLICT (id) DO NOTHING", tx)
                .With("@id", verdict.Id).With("@claim", verdict.ClaimId).With("@kind", Ids.Of(verdict.Kind))
                .With("@analyst", verdict.Analyst).With("@at", verdict.At.ToUniversalTime()).With("@json", EntenteJson.Serialize(verdict))
                .ExecuteNonQueryAsync(ct), ct);

    public Task AddRatingAsync(SourceRating rating, CancellationToken ct = default) =>
        WriteAsync("rating " + rating.Id, async (c, tx) =>
        {
            // The ratings table has no foreign key (a publisher is no row), so a source rating checks its source here.
            if (rating.Scope == RatingScope.Source
                && await c.Command("SELECT COUNT(*) FROM sources WHERE id = @id", tx).With("@id", rating.Target).ExecuteScalarAsync(ct) is var n && Convert.ToInt64(n) == 0)
                throw new StoreException($"no source '{rating.Target}' in {Description} to rate; nothing was written");
            return await RatingRow.InsertAsync(c, tx, rating, ct);
        }, ct);

    private DbCommand EntityCommand(DbConnection c, DbTransaction tx, Entity e, bool replace) =>
        c.Command($"INSERT INTO entities (id, kind, name, json) VALUES (@id, @kind, @name, {JsonParameter("@json")}) ON CONFLICT (id) " +
                  (replace ? "DO UPDATE SET kind = excluded.kind, name = excluded.name, json = excluded.json" : "DO NOTHING"), tx)
            .With("@id", e.Id).With("@kind", e.Kind.ToId()).With("@name", e.Name).With("@json", EntenteJson.Serialize(e));

    /// <summary>Runs a write in one transaction: all of it is stored, or (on any failure) none of it.</summary>
    private Task<T> WriteAsync<T>(string what, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct) =>
        WriteAsync(what, bulk: false, write, ct);

    private async Task<T> WriteAsync<T>(string what, bool bulk, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        await using var c = bulk ? await OpenBulkConnectionAsync(ct) : await OpenConnectionAsync(ct);
        // Declared before the transaction, so set back after it has committed or rolled back.
        await using var load = bulk ? await BeginBulkLoadAsync(c, ct) : null;
        await using var tx = await c.BeginTransactionAsync(ct);
        try
        {
            var result = await write(c, tx);
            // Every write moves the version on, in the same transaction, so a cache keyed on it never outlives the data.
            await c.Command("UPDATE store_version SET version = version + 1", tx).ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }
        catch (DbException e) when (IsMissingReference(e))
        {
            throw new StoreException($"writing {what} to {Description} failed: it refers to a source or claim that is not stored ({e.Message}); add that first. Nothing was written.", e);
        }
        catch (DbException e)
        {
            throw new StoreException($"writing {what} to {Description} failed: {e.Message}. Nothing was written.", e);
        }
    }
}
