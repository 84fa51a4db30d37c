using Entente.Core.Entities;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>Puts each extracted document into the store as a source with its claims, in one transaction.</summary>
public sealed class IngestStoreSink(IEntenteStore store, KnowledgeBase knowledge, DateOnly retrieved) : IDocumentSink
{
    public async Task<bool> ContainsAsync(string sourceId, CancellationToken ct) =>
        await store.GetSourceAsync(sourceId, ct) is not null;

    public async Task<int> StoreAsync(ExtractionResult result, CancellationToken ct)
    {
        var source = SourceFromDocument.Create(result.Document, retrieved);
        var written = await store.AddDocumentAsync(source, result.Claims, ReferencedEntities(result), ct);
        return written.ClaimsAdded;
    }

    public bool IsFatal(Exception e) => e is StoreException or System.Data.Common.DbException;

    /// <summary>The knowledge-base entities the claims name, so the store can show them by name.</summary>
    private IReadOnlyList<Entity> ReferencedEntities(ExtractionResult result) => result.Claims
        .SelectMany(c => new[] { c.Subject, c.Object, c.Place }.Concat(c.Materiel))
        .OfType<EntityRef>()
        .Select(r => r.Id)
        .Distinct(StringComparer.Ordinal)
        .Select(knowledge.Get)
        .OfType<Entity>()
        .ToList();
}
