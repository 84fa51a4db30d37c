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

    /// <summary>Stores the document and its claims in one transaction; returns how many claims were new.</summary>
    Task<int> StoreAsync(ExtractionResult result, CancellationToken ct);

    /// <summary>True for the sink's own failures (a broken database), which end the whole run.</summary>
    bool IsFatal(Exception e);
}
