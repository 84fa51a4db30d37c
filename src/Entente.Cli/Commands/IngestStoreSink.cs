using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>Puts each extracted document into the store as a source with its claims and the entities they name (provisional
/// ones with their review flag), in one transaction.</summary>
public sealed class IngestStoreSink(IEntenteStore store, KnowledgeBase knowledge, DateOnly retrieved) : IDocumentSink
{
    public async Task<bool> ContainsAsync(string sourceId, CancellationToken ct) =>
        await store.GetSourceAsync(sourceId, ct) is not null;

    public async Task<StoredDocument> StoreAsync(ExtractionResult result, CancellationToken ct)
    {
        var source = SourceFromDocument.Create(result, retrieved);
        var written = await store.AddDocumentAsync(source, result.Claims, result.ClaimEntities(knowledge.Get), ct);
        return new StoredDocument(written.Added, written.ClaimsAdded);
    }

    public bool IsFatal(Exception e) => e is StoreException or System.Data.Common.DbException;
}
