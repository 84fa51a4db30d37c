using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Storage.Sqlite;

// Placeholder while the provider is being written on its own branch.
public sealed class SqliteStore : IEntenteStore
{
    public static Task<IEntenteStore> OpenAsync(string spec, CancellationToken ct = default) => throw new NotImplementedException();
    public string Description => "";
    public Task<DocumentWriteResult> AddDocumentAsync(Source source, IReadOnlyList<Claim> claims, IReadOnlyList<Entity>? newEntities = null, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<int> AddClaimsAsync(IEnumerable<Claim> claims, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<Source?> GetSourceAsync(string id, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<Source>> ListSourcesAsync(bool includeText = false, CancellationToken ct = default) => throw new NotImplementedException();
    public Task UpsertEntitiesAsync(IEnumerable<Entity> entities, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(CancellationToken ct = default) => throw new NotImplementedException();
    public IAsyncEnumerable<Claim> QueryClaimsAsync(ClaimQuery query, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<long> CountClaimsAsync(ClaimQuery query, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<Claim?> GetClaimAsync(string id, CancellationToken ct = default) => throw new NotImplementedException();
    public Task AddVerdictAsync(Verdict verdict, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<Verdict>> ListVerdictsAsync(string? claimId = null, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<SearchHit>> SearchSourcesAsync(string query, int limit = 20, CancellationToken ct = default) => throw new NotImplementedException();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
