using System.Data.Common;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;
using Entente.Storage.Sql;

namespace Entente.Storage.Postgres;

/// <summary>
/// The job queue in the store's own PostgreSQL database (table queue_jobs, migration 6). Workers take jobs with
/// FOR UPDATE SKIP LOCKED so two never take the same ready row, and hold them under a lease rather than an open
/// transaction: extraction can take minutes, and a lease that runs out frees the job of a worker that was killed.
/// </summary>
public sealed class PostgresJobQueue : IJobQueue
{
    private readonly SqlStore _store;

    private PostgresJobQueue(SqlStore store) => _store = store;

    public string Description => _store.Description;

    /// <summary>Connects to the database a postgres:// URL names, bringing its schema up to date as the store does.</summary>
    public static async Task<IJobQueue> OpenAsync(string spec, CancellationToken ct = default) =>
        new PostgresJobQueue((SqlStore)await PostgresStore.OpenAsync(spec, ct));

    public async Task<bool> EnqueueAsync(string path, string contentHash, CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        return await c.Command("INSERT INTO queue_jobs (path, content_hash) VALUES (@path, @hash) ON CONFLICT (content_hash) DO NOTHING")
            .With("@path", path).With("@hash", contentHash).ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<QueueJob?> TakeAsync(string worker, TimeSpan lease, int maxAttempts, CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // A job whose attempts are spent is parked rather than tried again; one that ran out its lease that many times
        // had its worker die or stall on it every time, which is the reason it keeps.
        await c.Command("""
            UPDATE queue_jobs SET state = 'parked', lease = NULL, lease_until = NULL, finished_at = now(),
                error = COALESCE(error || '; ', '') || 'no worker finished it in ' || attempts || ' attempts (a worker stopped or ran past its lease)'
            WHERE id IN (SELECT id FROM queue_jobs
                WHERE attempts >= @max AND (state = 'running' AND lease_until < now() OR state = 'pending')
                FOR UPDATE SKIP LOCKED)
            """, tx).With("@max", maxAttempts).ExecuteNonQueryAsync(ct);
        var token = Guid.NewGuid();
        await using var cmd = c.Command("""
            UPDATE queue_jobs j SET state = 'running', attempts = j.attempts + 1, lease = @lease,
                lease_until = now() + make_interval(secs => @seconds), worker = @worker
            FROM (SELECT id FROM queue_jobs
                WHERE attempts < @max AND (state = 'pending' OR state = 'running' AND lease_until < now())
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) next
            WHERE j.id = next.id
            RETURNING j.id, j.path, j.content_hash, j.attempts
            """, tx).With("@lease", token).With("@seconds", lease.TotalSeconds).With("@worker", worker).With("@max", maxAttempts);
        QueueJob? job = null;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            if (await r.ReadAsync(ct)) job = new QueueJob(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), token);
        await tx.CommitAsync(ct);
        return job;
    }

    public async Task<bool> RenewAsync(QueueJob job, TimeSpan lease, CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        // The lease token says whether the job is still this worker's: one taken over has a new token. A lease that ran
        // out but was not taken yet is still the worker's, and extending it loses nothing.
        return await c.Command("""
            UPDATE queue_jobs SET lease_until = now() + make_interval(secs => @seconds)
            WHERE id = @id AND lease = @lease AND state = 'running'
            """).With("@seconds", lease.TotalSeconds).With("@id", job.Id).With("@lease", job.Lease).ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<DocumentWriteResult?> CompleteAsync(QueueJob job, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity> entities, CancellationToken ct = default)
    {
        try
        {
            return await _store.WriteDocumentAsync(source, claims, entities, async (c, tx) =>
            {
                // Marked first, so the row lock is held while the document is written: a worker whose lease was taken
                // over writes nothing, and the one that holds it now stores the document.
                var marked = await c.Command("""
                    UPDATE queue_jobs SET state = 'done', lease = NULL, lease_until = NULL, finished_at = now(), error = NULL
                    WHERE id = @id AND lease = @lease AND state = 'running'
                    """, tx).With("@id", job.Id).With("@lease", job.Lease).ExecuteNonQueryAsync(ct);
                if (marked == 0) throw new LeaseLost();
            }, ct);
        }
        catch (LeaseLost)
        {
            return null;
        }
    }

    public async Task FailAsync(QueueJob job, string reason, int maxAttempts, CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        await c.Command("""
            UPDATE queue_jobs SET state = CASE WHEN attempts >= @max THEN 'parked' ELSE 'pending' END,
                finished_at = CASE WHEN attempts >= @max THEN now() END,
                error = @reason, lease = NULL, lease_until = NULL
            WHERE id = @id AND lease = @lease AND state = 'running'
            """).With("@max", maxAttempts).With("@reason", reason).With("@id", job.Id).With("@lease", job.Lease).ExecuteNonQueryAsync(ct);
    }

    public async Task<QueueCounts> CountAsync(CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        var counts = new Dictionary<string, long>();
        await using (var r = await c.Command("SELECT state, COUNT(*) FROM queue_jobs GROUP BY state").ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt64(1);
        return new QueueCounts(counts.GetValueOrDefault("pending"), counts.GetValueOrDefault("running"), counts.GetValueOrDefault("done"), counts.GetValueOrDefault("parked"));
    }

    public async Task<IReadOnlyList<ParkedJob>> ListParkedAsync(CancellationToken ct = default)
    {
        await using var c = await _store.ConnectAsync(ct);
        var parked = new List<ParkedJob>();
        await using var r = await c.Command("SELECT id, path, attempts, COALESCE(error, '') FROM queue_jobs WHERE state = 'parked' ORDER BY id").ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) parked.Add(new ParkedJob(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        return parked;
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>Rolls back the document write of a worker that no longer holds its job.</summary>
    private sealed class LeaseLost : Exception;
}
