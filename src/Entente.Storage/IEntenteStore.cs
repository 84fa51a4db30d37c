using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hypotheses;
using Entente.Core.Sources;

namespace Entente.Storage;

/// <summary>
/// The one storage contract, implemented by SQLite (embedded default) and PostgreSQL.
/// Writes are transactional and idempotent: re-adding a source with the same content hash, or a claim
/// with the same id, changes nothing. Nothing is updated in place; verdicts are separate records.
/// </summary>
public interface IEntenteStore : IAsyncDisposable
{
    /// <summary>"sqlite:/path/entente.db" or "postgres://host:port/db", for messages.</summary>
    string Description { get; }

    /// <summary>
    /// Stores a source with its claims and any new entities in one transaction; a no-op if the source exists. A source that
    /// carries a <see cref="Source.Rating"/> has that rating stored with it.
    /// </summary>
    Task<DocumentWriteResult> AddDocumentAsync(Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default);

    /// <summary>
    /// Adds claims, the entities they name (those not stored yet) and the source's mentions (when the stored source has
    /// none) to a source stored already, in one transaction: how the claims of a document join the record `sources add`
    /// stored before extraction ran. Claims whose id is stored are skipped, so a second join adds nothing; the result
    /// says how many claims and entities were new (<see cref="DocumentWriteResult.Added"/> is false: the source was not).
    /// Throws <see cref="StoreException"/> when the source is not stored.
    /// </summary>
    Task<DocumentWriteResult> JoinDocumentAsync(Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default);

    /// <summary>
    /// Like <see cref="AddDocumentAsync"/>, for claims that arrive as a stream (a data set being read): all in one
    /// transaction, without holding them in memory.
    /// </summary>
    Task<DocumentWriteResult> AddDocumentStreamAsync(Source source, IAsyncEnumerable<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default);

    /// <summary>
    /// Stores many sources with their claims in one transaction, each as <see cref="AddDocumentAsync"/> would
    /// (a source already stored is skipped with its claims): all of them are written, or none. For bulk loads,
    /// where a transaction per source would write the same index pages again and again.
    /// </summary>
    Task<IReadOnlyList<DocumentWriteResult>> AddDocumentsAsync(IEnumerable<(Source Source, IReadOnlyList<Claim> Claims)> documents, CancellationToken ct = default);

    /// <summary>
    /// How many claims a bulk load that calls <see cref="AddDocumentsAsync"/> again and again should give each call
    /// (each transaction): what suits the database, as measured at a million synthetic claims.
    /// </summary>
    int BulkLoadClaimsPerTransaction { get; }

    /// <summary>Adds claims in one transaction (claims whose id exists are skipped). Returns how many were new.</summary>
    Task<int> AddClaimsAsync(IEnumerable<Claim> claims, CancellationToken ct = default);

    /// <summary>
    /// A number every committed write moves on (whoever writes: this process or another on the same database), so
    /// a cache tagged with it is current while the number is unchanged. One small read; cheap enough per request.
    /// </summary>
    Task<long> GetVersionAsync(CancellationToken ct = default);

    /// <summary>The source with the rating in force applied (see <see cref="SourceRatings"/>), or null.</summary>
    Task<Source?> GetSourceAsync(string id, CancellationToken ct = default);

    /// <summary>All sources, newest first, each with the rating in force applied; text is left empty unless asked for.</summary>
    Task<IReadOnlyList<Source>> ListSourcesAsync(bool includeText = false, CancellationToken ct = default);

    /// <summary>Inserts entities, replacing ones with the same id (the knowledge base is reference data, not claims).</summary>
    Task UpsertEntitiesAsync(IEnumerable<Entity> entities, CancellationToken ct = default);

    Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<Entity>> ListEntitiesAsync(CancellationToken ct = default);

    IAsyncEnumerable<Claim> QueryClaimsAsync(ClaimQuery query, CancellationToken ct = default);

    /// <summary>
    /// The outlines of the claims a query matches, read from columns without decoding the claims: for questions
    /// over many claims that need no evidence text. Unordered unless paged (then by id); verdicts are not applied.
    /// </summary>
    IAsyncEnumerable<ClaimOutline> QueryClaimOutlinesAsync(ClaimQuery query, CancellationToken ct = default);

    /// <summary>
    /// The claims whose subject or object is one of these entity ids, as a listing shows them, read without decoding
    /// each whole claim: what the claim says (parties, relation, place, materiel, time, certainty, phase), its source,
    /// producer and confidence, quantity and its evidence words. The evidence offsets (0), the producer's rules and version,
    /// cues, properties and attribution are left out; read the claim whole for those. Unordered; verdicts
    /// not applied.
    /// </summary>
    IAsyncEnumerable<Claim> QueryClaimLinesAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default);

    /// <summary>
    /// The outlines of the claims <see cref="QueryClaimLinesAsync(IReadOnlyCollection{string}, CancellationToken)"/> lists,
    /// read from the same lines: for a question that needs only who, what, whom, where, how certain and when of a hub's
    /// claims, without building each claim's names and words. Unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<ClaimOutline> QueryClaimLineOutlinesAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default);

    /// <summary>
    /// The listings of the claims <see cref="QueryClaimLinesAsync(IReadOnlyCollection{string}, CancellationToken)"/> lists,
    /// read from the same lines, each claim once: what a timeline row shows of a claim, as a value rather than a whole claim
    /// (a hub's timeline is a hundred thousand rows). A line that would not read as a claim is passed over as there.
    /// Unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<ClaimListing> QueryClaimListingsAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="QueryClaimLinesAsync(IReadOnlyCollection{string}, CancellationToken)"/>, the claims whose subject is one of
    /// <paramref name="subjects"/> and whose object one of <paramref name="objects"/>, and when <paramref name="relations"/>
    /// is given, whose relation is one of them.
    /// </summary>
    IAsyncEnumerable<Claim> QueryClaimLinesAsync(IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> objects, IReadOnlyCollection<string>? relations,
        CancellationToken ct = default);
    /// <summary>
    /// Every pair of subject and object linked by an affirmative claim, with its counts (see <see cref="ClaimPair"/>): the
    /// actor network without reading the claims. Kept in the transactions that store claims; unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<ClaimPair> QueryClaimPairsAsync(CancellationToken ct = default);

    /// <summary>
    /// The claims a query matches that have an object, counted per subject, relation, object, source and certainty, by the
    /// database from the claims' columns: a hub's relations ranked without decoding its claims. Unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<RelationSourceCount> QueryRelationSourcesAsync(ClaimQuery query, CancellationToken ct = default);

    /// <summary>
    /// The facts (<see cref="ActorFact"/>) of these actors, summed over every stored claim: what a profile asks of a hub
    /// without reading its claims. Kept in the transactions that store claims; unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<ActorFact> QueryActorFactsAsync(IReadOnlyCollection<string> actors, CancellationToken ct = default);

    /// <summary>
    /// Every actor's facts of these kinds, summed over every stored claim: where all actors are (the place kinds) without
    /// reading every claim's outline. Unordered; verdicts not applied.
    /// </summary>
    IAsyncEnumerable<ActorFact> QueryActorFactsOfKindsAsync(IReadOnlyCollection<ActorFactKind> kinds, CancellationToken ct = default);

    /// <summary>
    /// Recomputes what the store keeps about its claims beyond the claims table (the claim pairs and actor facts, and on SQLite the listing-line indexes) from the claims,
    /// in one transaction; returns how many pairs there are. For when the ontology changed or the indexes are in doubt.
    /// </summary>
    Task<long> ReindexAsync(CancellationToken ct = default);

    /// <summary>How many claims match the filters; Limit and Offset are ignored, so this is the total for paging.</summary>
    Task<long> CountClaimsAsync(ClaimQuery query, CancellationToken ct = default);
    Task<Claim?> GetClaimAsync(string id, CancellationToken ct = default);

    /// <summary>Stores a verdict; one whose id is stored already is skipped. The claim must be stored.</summary>
    Task AddVerdictAsync(Verdict verdict, CancellationToken ct = default);
    Task<IReadOnlyList<Verdict>> ListVerdictsAsync(string? claimId = null, CancellationToken ct = default);

    /// <summary>Stores an analyst's override of a hypothesis-matrix cell; one whose id is stored already is skipped.</summary>
    Task AddCellOverrideAsync(CellOverride cellOverride, CancellationToken ct = default);

    /// <summary>The overrides given on one pair's matrix (its <see cref="CellOverride.PairKey"/>), oldest first.</summary>
    Task<IReadOnlyList<CellOverride>> ListCellOverridesAsync(string pair, CancellationToken ct = default);

    /// <summary>
    /// Stores a rating of a source or a publisher; one whose id is stored already is skipped. A source rating must name a
    /// stored source. Nothing is overwritten: the latest rating of a target is the one in force.
    /// </summary>
    Task AddRatingAsync(SourceRating rating, CancellationToken ct = default);

    /// <summary>Every rating of sources and publishers, in the order they were given.</summary>
    Task<IReadOnlyList<SourceRating>> ListRatingsAsync(CancellationToken ct = default);

    /// <summary>
    /// Full-text search over source titles and text (FTS5 on SQLite, tsvector on PostgreSQL); every word must occur.
    /// Snippets mark matched words with [brackets]; a higher rank is a better hit.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchSourcesAsync(string query, int limit = 20, CancellationToken ct = default);
}

public sealed record DocumentWriteResult(bool Added, int ClaimsAdded, int EntitiesAdded);

public sealed record SearchHit(string SourceId, string Title, string Snippet, double Rank);
