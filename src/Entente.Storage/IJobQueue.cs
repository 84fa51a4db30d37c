using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Storage;

/// <summary>
/// Documents waiting to be extracted into a store, shared by any number of workers on any machines (PostgreSQL only).
/// A job is taken under a lease: a worker that dies keeps it only until the lease runs out, then another takes it.
/// A job is finished in the same transaction that stores its document, so a document is never stored without its
/// job being done, nor a job done without its document.
/// </summary>
public interface IJobQueue : IAsyncDisposable
{
    string Description { get; }

    /// <summary>Records a file to process; false when a job with that content is queued already (in any state).</summary>
    Task<bool> EnqueueAsync(string path, string contentHash, CancellationToken ct = default);

    /// <summary>
    /// Takes the oldest ready job (pending, or running under a lease that ran out) for <paramref name="lease"/>, counting an
    /// attempt; jobs that have had <paramref name="maxAttempts"/> are parked instead. Null when no job is ready now.
    /// </summary>
    Task<QueueJob?> TakeAsync(string worker, TimeSpan lease, int maxAttempts, CancellationToken ct = default);

    /// <summary>
    /// Extends the lease of a job the worker still holds to <paramref name="lease"/> from now, so a document that takes longer
    /// than one lease is not taken by another worker while it is being processed. False when the lease was lost already
    /// (it ran out and another worker took the job, or the job was finished): then the holder's work will not be stored.
    /// </summary>
    Task<bool> RenewAsync(QueueJob job, TimeSpan lease, CancellationToken ct = default);

    /// <summary>
    /// Stores the job's document (as <see cref="IEntenteStore.AddDocumentAsync"/>) and marks the job done, in one transaction.
    /// Null when the job's lease was lost to another worker: then nothing was written.
    /// </summary>
    Task<DocumentWriteResult?> CompleteAsync(QueueJob job, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity> entities, CancellationToken ct = default);

    /// <summary>Gives a job back to be tried again with its reason, or parks it once it has had <paramref name="maxAttempts"/>.</summary>
    Task FailAsync(QueueJob job, string reason, int maxAttempts, CancellationToken ct = default);

    /// <summary>How many jobs are in each state.</summary>
    Task<QueueCounts> CountAsync(CancellationToken ct = default);

    /// <summary>The parked jobs, oldest first, with the reason each was parked.</summary>
    Task<IReadOnlyList<ParkedJob>> ListParkedAsync(CancellationToken ct = default);
}

/// <summary>A job a worker holds: <see cref="Lease"/> proves it still holds it when it finishes.</summary>
public sealed record QueueJob(long Id, string Path, string ContentHash, int Attempts, Guid Lease);

public sealed record ParkedJob(long Id, string Path, int Attempts, string Reason);

public sealed record QueueCounts(long Pending, long Running, long Done, long Parked)
{
    /// <summary>Jobs that may still be stored: pending, or held by a worker that may yet fail or die.</summary>
    public long Open => Pending + Running;
}
