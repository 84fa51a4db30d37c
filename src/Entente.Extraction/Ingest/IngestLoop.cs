using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;

namespace Entente.Extraction.Ingest;

/// <summary>
/// Reads, extracts and stores files. Reading, the check for a document already stored and storing happen in the
/// files' order on the caller's flow (one store connection, one transaction per document); extraction runs on
/// <c>jobs</c> threads between them, a bounded window ahead, so memory does not grow with the number of files. A file
/// that cannot be read is recorded as failed and the loop goes on; a document already stored is skipped before
/// extraction.
/// </summary>
/// <remarks>
/// Each document has <c>budget</c> time to extract (<see cref="ExtractionBudget.DefaultTime"/> unless given); past it that
/// document fails, named with the reason, and the run goes on. The summary counts what the store wrote: a document
/// another writer stored first is counted as skipped, not added.
/// </remarks>
public sealed class IngestLoop(DocumentReader reader, IClaimExtractor extractor, IDocumentSink sink, int jobs = 1, TimeSpan? budget = null)
{
    private readonly TimeSpan _budget = budget ?? ExtractionBudget.DefaultTime;

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> files, Action<IngestOutcome>? progress = null, CancellationToken ct = default)
    {
        var summary = new IngestSummary();
        await foreach (var item in OrderedParallel.Map(Prepare(files, ct), jobs, Extract, ct))
        {
            var outcome = item.Result is null ? item.Outcome! : await StoreAsync(item, summary, ct);
            summary.Record(outcome);
            progress?.Invoke(outcome);
        }
        return summary;
    }

    /// <summary>A file on its way: its place in the run, and either a document to extract and store, its result, or how it ended.</summary>
    private sealed record Item(int Index, int Total, string Path, Document? Document = null, ExtractionResult? Result = null, IngestOutcome? Outcome = null);

    private async IAsyncEnumerable<Item> Prepare(IReadOnlyList<string> files, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (index, total, path) = (i + 1, files.Count, files[i]);
            var (document, error, line) = Read(path);
            if (document is null)
            {
                yield return new Item(index, total, path, Outcome: new IngestOutcome(index, total, path, IngestStatus.Failed, Error: error) { Line = line });
                continue;
            }
            yield return await sink.ContainsAsync(document, ct)
                ? new Item(index, total, path, Outcome: new IngestOutcome(index, total, path, IngestStatus.Skipped))
                : new Item(index, total, path, document);
        }
    }

    private (Document? Document, string? Error, int? Line) Read(string path)
    {
        try
        {
            return (reader.Read(path), null, null);
        }
        catch (DocumentReadException e)
        {
            return (null, e.Message, e.Line);
        }
    }

    /// <summary>Runs on a worker thread: touches nothing but the document.</summary>
    private Item Extract(Item item)
    {
        if (item.Document is null) return item;
        try
        {
            return item with { Result = ExtractionBudget.Extract(extractor, item.Document, _budget), Document = null };
        }
        catch (ExtractionBudgetExceeded e)
        {
            return item with { Outcome = new IngestOutcome(item.Index, item.Total, item.Path, IngestStatus.Failed, Error: e.Message), Document = null };
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A crash in the extractor on one document is a bug to report, not a reason to drop the rest of the batch.
            return item with { Outcome = new IngestOutcome(item.Index, item.Total, item.Path, IngestStatus.Failed, Error: ExtractorFailure.Describe(item.Path, e)), Document = null };
        }
    }

    /// <summary>Failures of the sink (the database) end the run: every later document would fail the same way.</summary>
    private async Task<IngestOutcome> StoreAsync(Item item, IngestSummary summary, CancellationToken ct)
    {
        var result = item.Result!;
        try
        {
            var stored = await sink.StoreAsync(result, ct);
            // Another writer got there first: the store kept its copy, and this run added nothing.
            if (!stored.Added) return new IngestOutcome(item.Index, item.Total, item.Path, IngestStatus.Skipped);
            summary.CountClaims(result.Claims, stored.ClaimsAdded);
            return new IngestOutcome(item.Index, item.Total, item.Path, IngestStatus.Added, stored.ClaimsAdded) { Entities = stored.EntitiesAdded };
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException) && !sink.IsFatal(e))
        {
            return new IngestOutcome(item.Index, item.Total, item.Path, IngestStatus.Failed, Error: ExtractorFailure.Describe(item.Path, e));
        }
    }
}
