using Entente.Core.Sources;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Ingest;

/// <summary>
/// The one way a read document enters a store, whoever brings it: `ingest`, `sources add`, the queue workers and the
/// web upload. It decides what is stored (<see cref="FormOf"/>: the source record with its normalized and original
/// text and mentions, the claims, the knowledge-base and provisional entities the claims name), so the same file
/// gives the same rows on every path. Every write is one transaction, and storing a document twice adds nothing.
/// </summary>
public sealed class DocumentIngest(IEntenteStore store, KnowledgeBase knowledge)
{
    /// <summary>The rows an extracted document becomes; <paramref name="at"/> is the retrieval date and the time of any rating given.</summary>
    public StoredForm FormOf(ExtractionResult result, DateTimeOffset at, GivenRating? given = null) =>
        new(SourceFromDocument.Create(result, at, given), result.Claims, result.ClaimEntities(knowledge.Get));

    /// <summary>
    /// True when the document is stored with its claims, so it need not be extracted. A source stored alone (by
    /// `sources add`) is not done: its claims are still to come. The analyst's rating for the run is recorded on a
    /// stored source when it differs from the one in force; a document's own front matter never replaces a rating given since.
    /// </summary>
    public async Task<bool> IsStoredAsync(Document document, DateTimeOffset at, GivenRating? given, CancellationToken ct)
    {
        if (await store.GetSourceAsync(document.SourceId, ct) is not { } stored) return false;
        if (given is not null && stored.Reliability != given.Reliability)
            await store.AddRatingAsync(SourceFromDocument.RatingOf(document, at, given)!, ct);
        return await store.CountClaimsAsync(new ClaimQuery { Sources = [document.SourceId] }, ct) > 0;
    }

    /// <summary>
    /// Stores the document whole; when its source is stored already without claims (`sources add`), the claims, their
    /// entities and the mentions join it and the stored record and rating stay. Added is false when nothing was new
    /// (another writer stored the same document first).
    /// </summary>
    public async Task<StoredDocument> StoreAsync(StoredForm form, CancellationToken ct)
    {
        var written = await store.AddDocumentAsync(form.Source, form.Claims, form.Entities, ct);
        return written.Added ? new StoredDocument(true, written.ClaimsAdded, written.EntitiesAdded) : await JoinAsync(form, ct);
    }

    /// <summary>The claims of a document whose source is stored already join it; counted as added only when some were new.</summary>
    public async Task<StoredDocument> JoinAsync(StoredForm form, CancellationToken ct)
    {
        var joined = await store.JoinDocumentAsync(form.Source, form.Claims, form.Entities, ct);
        return new StoredDocument(joined.ClaimsAdded > 0, joined.ClaimsAdded, joined.EntitiesAdded);
    }

    /// <summary>
    /// `sources add`: the source record alone, read as ingest reads it (same id, text, original text and metadata), so a
    /// later ingest of the file finds it and its claims join it. Added is false when the same content is stored already.
    /// </summary>
    public async Task<bool> AddSourceAsync(Source source, CancellationToken ct) =>
        (await store.AddDocumentAsync(source, [], [], ct)).Added;

    /// <summary>
    /// One document on its own (a web upload): skipped when stored with its claims, else extracted within
    /// <paramref name="budget"/> (<see cref="ExtractionBudgetExceeded"/> past it, with nothing stored) and stored.
    /// </summary>
    public async Task<SingleIngest> IngestAsync(Document document, IClaimExtractor extractor, TimeSpan budget, DateTimeOffset at, CancellationToken ct)
    {
        if (await IsStoredAsync(document, at, null, ct))
            return new SingleIngest((await store.GetSourceAsync(document.SourceId, ct))!, false, 0, 0, 0);
        var result = ExtractionBudget.Extract(extractor, document, budget, ct);
        var form = FormOf(result, at);
        var stored = await StoreAsync(form, ct);
        return new SingleIngest(form.Source, stored.Added, stored.ClaimsAdded, result.Claims.Count, result.Mentions.Count);
    }
}

/// <summary>What ingesting one document did: the source, whether anything was new, and the claims and mentions found and added.</summary>
public sealed record SingleIngest(Source Source, bool Added, int ClaimsAdded, int ClaimsFound, int Mentions);
