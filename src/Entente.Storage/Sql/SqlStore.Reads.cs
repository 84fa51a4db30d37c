using System.Data.Common;
using System.Runtime.CompilerServices;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Serialization;
using Entente.Core.Sources;

namespace Entente.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>LIMIT/OFFSET words for a query (the dialects differ when there is an offset but no limit).</summary>
    protected abstract string Paging(int? limit, int offset);

    public async IAsyncEnumerable<Claim> QueryClaimsAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var filter = ClaimFilter.For(query);
        await using var c = await OpenConnectionAsync(ct);
        await using var cmd = c.Command($"SELECT c.json FROM claims c{filter.Where} ORDER BY c.time_from ASC NULLS LAST, c.id ASC {Paging(query.Limit, query.Offset)}")
            .With(filter.Parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return ClaimRow.Read(r.GetString(0));
    }

    public async Task<long> CountClaimsAsync(ClaimQuery query, CancellationToken ct = default)
    {
        var filter = ClaimFilter.For(query);
        await using var c = await OpenConnectionAsync(ct);
        return Convert.ToInt64(await c.Command($"SELECT COUNT(*) FROM claims c{filter.Where}").With(filter.Parameters).ExecuteScalarAsync(ct));
    }

    public async Task<Claim?> GetClaimAsync(string id, CancellationToken ct = default) =>
        (await ListAsync("SELECT json FROM claims WHERE id = @id", r => ClaimRow.Read(r.GetString(0)), ct, ("@id", id))).FirstOrDefault();

    public async Task<Source?> GetSourceAsync(string id, CancellationToken ct = default) =>
        (await ListAsync(SourceRow.Select(includeText: true) + " WHERE id = @id", SourceRow.Read, ct, ("@id", id))).FirstOrDefault();

    public Task<IReadOnlyList<Source>> ListSourcesAsync(bool includeText = false, CancellationToken ct = default) =>
        ListAsync(SourceRow.Select(includeText) + " ORDER BY seq DESC", SourceRow.Read, ct);

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) =>
        (await ListAsync("SELECT json FROM entities WHERE id = @id", ReadJson<Entity>, ct, ("@id", id))).FirstOrDefault();

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(CancellationToken ct = default) =>
        ListAsync("SELECT json FROM entities ORDER BY id", ReadJson<Entity>, ct);

    public Task<IReadOnlyList<Verdict>> ListVerdictsAsync(string? claimId = null, CancellationToken ct = default) =>
        claimId is null
            ? ListAsync("SELECT json FROM verdicts ORDER BY at, id", ReadJson<Verdict>, ct)
            : ListAsync("SELECT json FROM verdicts WHERE claim_id = @claim ORDER BY at, id", ReadJson<Verdict>, ct, ("@claim", claimId));

    protected async Task<IReadOnlyList<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var c = await OpenConnectionAsync(ct);
        await using var cmd = c.Command(sql);
        foreach (var (name, value) in parameters) cmd.With(name, value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct)) list.Add(read(r));
        return list;
    }

    private static T ReadJson<T>(DbDataReader r) =>
        EntenteJson.Deserialize<T>(r.GetString(0)) ?? throw new StoreException($"a stored {typeof(T).Name} has empty JSON; the database is damaged");
}
