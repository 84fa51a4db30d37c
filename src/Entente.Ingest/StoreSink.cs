using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Storage;

namespace Entente.Ingest;

/// <summary>
/// The ingest loop's sink over <see cref="DocumentIngest"/>: every document of a run is checked and stored as any other
/// path stores it.
/// </summary>
/// <param name="at">When the run started: the retrieval date of its sources and the time of any rating it gives.</param>
/// <param name="given">The analyst's rating for every document of the run (`--reliability`), or null.</param>
public sealed class StoreSink(DocumentIngest ingest, DateTimeOffset at, GivenRating? given = null) : IDocumentSink
{
    public Task<bool> ContainsAsync(Document document, CancellationToken ct) => ingest.IsStoredAsync(document, at, given, ct);

    public Task<StoredDocument> StoreAsync(ExtractionResult result, CancellationToken ct) => ingest.StoreAsync(ingest.FormOf(result, at, given), ct);

    public bool IsFatal(Exception e) => e is StoreException or System.Data.Common.DbException;
}
