using Entente.Core.Hashing;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Ingest;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>How a worker takes jobs: its name in the queue, lease, attempts before parking, and whether it stops when the queue is drained.</summary>
public sealed record WorkerOptions(string Name, TimeSpan Lease, int MaxAttempts, bool Once, TimeSpan Poll, TimeSpan Budget);

/// <summary>What one worker did: documents stored, found already stored, failed (retried or parked), and lost to another worker.</summary>
public sealed record WorkerSummary(int Stored, int AlreadyStored, int Failed, int Lost, long Claims);

/// <summary>
/// Takes jobs one at a time, reads, extracts and stores each as `ingest` does (the same reader and extractor, and
/// <see cref="DocumentIngest"/> deciding what is stored), with the job finished in the document's transaction. A document that fails goes back to the queue with its
/// reason; a failure of the database itself ends the worker, since every later job would fail the same way.
/// </summary>
public sealed class QueueWorker(IJobQueue queue, DocumentIngest ingest, DocumentReader reader, IClaimExtractor extractor, WorkerOptions options, TimeProvider clock, TextWriter log, bool quiet = false)
{
    private int _stored, _already, _failed, _lost;
    private long _claims;

    public async Task<WorkerSummary> RunAsync(CancellationToken ct = default)
    {
        while (true)
        {
            var job = await queue.TakeAsync(options.Name, options.Lease, options.MaxAttempts, ct);
            if (job is not null)
            {
                await ProcessAsync(job, ct);
                continue;
            }
            // Jobs other workers hold may still come back (their worker dies, or they fail): a draining worker waits for them.
            if (options.Once && (await queue.CountAsync(ct)).Open == 0) return new WorkerSummary(_stored, _already, _failed, _lost, _claims);
            await Task.Delay(options.Poll, clock, ct);
        }
    }

    private async Task ProcessAsync(QueueJob job, CancellationToken ct)
    {
        await using var lease = LeaseKeeper.Start(queue, job, options.Lease, clock, ct);
        var (result, reason) = Extract(job);
        if (result is null)
        {
            await FailAsync(job, reason!, ct);
            return;
        }
        DocumentWriteResult? written;
        try
        {
            var form = ingest.FormOf(result, clock.GetUtcNow());
            written = await queue.CompleteAsync(job, form.Source, form.Claims, form.Entities, ct);
            // The source was stored alone (`sources add`): the job is done, and the claims join that record as `ingest`
            // would add them. Outside the job's transaction, but a second join adds nothing, so running the file again mends a failure here.
            if (written is { Added: false } && (await ingest.JoinAsync(form, ct)) is { Added: true } joined)
                written = new DocumentWriteResult(true, joined.ClaimsAdded, 0);
        }
        catch (StoreException e)
        {
            // A document the database refuses (not the database gone: then this next write throws too and ends the worker).
            await FailAsync(job, e.Message, ct);
            return;
        }
        if (written is null)
        {
            _lost++;
            log.WriteLine($"worker: {job.Path}: lease ran out and another worker took it; nothing written");
        }
        else if (!written.Added)
        {
            _already++;
            if (!quiet) log.WriteLine($"worker: {job.Path}: already stored");
        }
        else
        {
            (_stored, _claims) = (_stored + 1, _claims + written.ClaimsAdded);
            if (!quiet) log.WriteLine($"worker: {job.Path}: stored, {written.ClaimsAdded} claims");
        }
    }

    /// <summary>Reads and extracts the job's file, or says why it could not; the file must still be what was enqueued.</summary>
    private (ExtractionResult? Result, string? Reason) Extract(QueueJob job)
    {
        try
        {
            string hash;
            using (var stream = File.OpenRead(job.Path)) hash = ContentHash.Of(stream);
            if (hash != job.ContentHash) return (null, $"{job.Path}: the file changed since it was enqueued; enqueue it again");
            return (ExtractionBudget.Extract(extractor, reader.Read(job.Path), options.Budget), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{job.Path}: {e.Message}");
        }
        catch (Exception e) when (e is DocumentReadException or ExtractionBudgetExceeded)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return (null, ExtractorFailure.Describe(job.Path, e));
        }
    }

    private async Task FailAsync(QueueJob job, string reason, CancellationToken ct)
    {
        _failed++;
        await queue.FailAsync(job, reason, options.MaxAttempts, ct);
        var next = job.Attempts >= options.MaxAttempts ? "parked" : "will be tried again";
        log.WriteLine($"worker: {reason} (attempt {job.Attempts} of {options.MaxAttempts}, {next})");
    }
}
