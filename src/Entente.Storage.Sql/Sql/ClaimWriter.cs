using Entente.Core.Claims;

namespace Entente.Storage.Sql;

/// <summary>
/// Inserts claims inside one transaction, in one call or several (a bulk load's documents), so a provider may keep what
/// the rows share (a prepared statement, the claim pairs and actor facts they add) from one call to the next and write
/// the latter once, at <see cref="FinishAsync"/>, which must run before the transaction commits.
/// </summary>
internal abstract class ClaimWriter : IDisposable
{
    /// <summary>Inserts claims, skipping stored ids; returns how many were new.</summary>
    public abstract Task<int> InsertAsync(IEnumerable<Claim> claims, CancellationToken ct);

    /// <summary>Writes what the inserts keep beside the claims and have not yet written.</summary>
    public virtual Task FinishAsync(CancellationToken ct) => Task.CompletedTask;

    public virtual void Dispose()
    {
    }
}
