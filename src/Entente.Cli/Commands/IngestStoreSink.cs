using Entente.Core.Sources;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>Puts each extracted document into the store as a source with its claims and the entities they name (provisional
/// ones with their review flag), in one transaction.</summary>
/// <param name="at">When the run started: the retrieval date of its sources and the time of any rating it gives.</param>
/// <param name="given">The analyst's rating for every document of the run (`--reliability`), or null.</param>
public sealed class IngestStoreSink(IEntenteStore store, KnowledgeBase knowledge, DateTimeOffset at, GivenRating? given = null) : IDocumentSink
{
    /// <summary>
    /// A stored source counts as done only once it has claims: one stored by `sources add` (text and rating, no claims) is
    /// extracted now, under the rating it was given. The analyst's rating for the run is recorded on a stored source
    /// when it differs from the one in force; a document's own front matter never replaces a rating given since.
    /// </summary>
    public async Task<bool> ContainsAsync(Document document, CancellationToken ct)
    {
        if (await store.GetSourceAsync(document.SourceId, ct) is not { } stored) return false;
        if (given is not null && stored.Reliability != given.Reliability)
            await store.AddRatingAsync(SourceFromDocument.RatingOf(document, at, given)!, ct);
        return await store.CountClaimsAsync(new ClaimQuery { Sources = [document.SourceId] }, ct) > 0;
    }

    public async Task<StoredDocument> StoreAsync(ExtractionResult result, CancellationToken ct)
    {
        var source = SourceFromDocument.Create(result, at, given);
        var entities = result.ClaimEntities(knowledge.Get);
        var written = await store.AddDocumentAsync(source, result.Claims, entities, ct);
        if (written.Added) return new StoredDocument(true, written.ClaimsAdded, written.EntitiesAdded);
        // The source was stored without claims (`sources add`): its record and rating stay, the claims join it.
        var missing = new List<Core.Entities.Entity>();
        foreach (var e in entities)
            if (await store.GetEntityAsync(e.Id, ct) is null) missing.Add(e);
        if (missing.Count > 0) await store.UpsertEntitiesAsync(missing, ct);
        var added = await store.AddClaimsAsync(result.Claims, ct);
        // Another writer may have stored this document's claims first: then this run added nothing and says so.
        return new StoredDocument(added > 0 || result.Claims.Count == 0, added, missing.Count);
    }

    public bool IsFatal(Exception e) => e is StoreException or System.Data.Common.DbException;
}
