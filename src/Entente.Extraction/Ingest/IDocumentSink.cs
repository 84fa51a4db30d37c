using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Ingest;

/// <summary>Where the ingest loop puts each document's claims: the store, in the command line tool.</summary>
public interface IDocumentSink
{
    /// <summary>
    /// True when the document is stored already, claims and all, so it need not be extracted again. The sink may record
    /// what the run says about a stored document (a new rating) while it looks.
    /// </summary>
    Task<bool> ContainsAsync(Documents.Document document, CancellationToken ct);

    /// <summary>
    /// Stores the document and its claims in one transaction; says what the store actually wrote: nothing, when
    /// another writer stored the same document meanwhile (two ingests over the same files at once).
    /// </summary>
    Task<StoredDocument> StoreAsync(ExtractionResult result, CancellationToken ct);

    /// <summary>True for the sink's own failures (a broken database), which end the whole run.</summary>
    bool IsFatal(Exception e);
}

/// <summary>What storing one document wrote: whether the source was new, and how many of its claims and entities were.</summary>
public sealed record StoredDocument(bool Added, int ClaimsAdded, int EntitiesAdded = 0);
