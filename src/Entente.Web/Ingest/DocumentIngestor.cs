using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Storage;

namespace Entente.Web.Ingest;

/// <summary>
/// Ingests one read document: extract claims, then store the source and its claims in one transaction.
/// Idempotent: the source id comes from the content hash, so the same upload twice adds nothing.
/// </summary>
public sealed class DocumentIngestor(IClaimExtractor extractor, IEntenteStore store, TimeProvider clock, TimeSpan? budget = null)
{
    public async Task<UploadResult> IngestAsync(Document document, CancellationToken ct)
    {
        if (await store.GetSourceAsync(document.SourceId, ct) is { } existing)
            return new UploadResult(existing.Id, existing.Title, false, 0, 0, 0);
        // Past its budget the upload fails (ExtractionBudgetExceeded) and nothing is stored.
        var result = ExtractionBudget.Extract(extractor, document, budget ?? ExtractionBudget.DefaultTime, ct);
        var source = SourceFromDocument.Create(result, clock.GetUtcNow());
        // The knowledge base is in the store already; the provisional entities the claims name are not.
        var written = await store.AddDocumentAsync(source, result.Claims, result.ClaimEntities(_ => null), ct);
        return new UploadResult(source.Id, source.Title, written.Added, written.ClaimsAdded, result.Claims.Count, result.Mentions.Count);
    }
}

/// <summary>What an upload did: <c>added</c> is false when the same content was already stored.</summary>
public sealed record UploadResult(string SourceId, string Title, bool Added, int ClaimsAdded, int ClaimsFound, int Mentions);
