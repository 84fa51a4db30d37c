using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Ingest;

/// <summary>Where the ingest loop puts each document's claims: the store, in the command line tool.</summary>
public interface IDocumentSink
{
    /// <summary>True when a source with this id is already stored, so the document need not be extracted again.</summary>
    Task<bool> ContainsAsync(string sourceId, CancellationToken ct);

    /// <summary>Stores the document and its claims in one transaction; returns how many claims were new.</summary>
    Task<int> StoreAsync(ExtractionResult result, CancellationToken ct);

    /// <summary>True for the sink's own failures (a broken database), which end the whole run.</summary>
    bool IsFatal(Exception e);
}
