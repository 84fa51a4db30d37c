using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;

namespace Entente.Extraction.Ingest;

/// <summary>
/// Reads, extracts and stores files one at a time, so memory does not grow with their number. A file
/// that cannot be read is recorded as failed and the loop goes on; a document already stored is skipped
/// before extraction.
/// </summary>
public sealed class IngestLoop(DocumentReader reader, IClaimExtractor extractor, IDocumentSink sink)
{
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> files, Action<IngestOutcome>? progress = null, CancellationToken ct = default)
    {
        var summary = new IngestSummary();
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var outcome = await OneAsync(files[i], i + 1, files.Count, summary, ct);
            summary.Record(outcome);
            progress?.Invoke(outcome);
        }
        return summary;
    }

    /// <summary>Failures of the sink (the database) end the run: every later document would fail the same way.</summary>
    private bool IsStoreFailure(Exception e) => sink.IsFatal(e);

    private async Task<IngestOutcome> OneAsync(string path, int index, int total, IngestSummary summary, CancellationToken ct)
    {
        try
        {
            var document = reader.Read(path);
            if (await sink.ContainsAsync(document.SourceId, ct)) return new IngestOutcome(index, total, path, IngestStatus.Skipped);
            var result = extractor.Extract(document);
            var added = await sink.StoreAsync(result, ct);
            foreach (var claim in result.Claims) summary.CountClaim(claim.Type.Sphere);
            return new IngestOutcome(index, total, path, IngestStatus.Added, added);
        }
        catch (DocumentReadException e)
        {
            return new IngestOutcome(index, total, path, IngestStatus.Failed, Error: e.Message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException) && !IsStoreFailure(e))
        {
            // A crash in the extractor on one document is a bug to report, not a reason to drop the rest of the batch.
            return new IngestOutcome(index, total, path, IngestStatus.Failed, Error: ExtractorFailure.Describe(path, e));
        }
    }
}
