using System.Data.Common;

namespace Entente.Storage.Sql;

/// <summary>
/// One numbered schema change; versions start at 1 and never change once released. <see cref="Rewrite"/> is for a
/// change SQL cannot say (ids recomputed in C#): it runs after <see cref="Sql"/>, in the same transaction.
/// </summary>
internal sealed record Migration(int Version, string Description, string Sql)
{
    public Func<DbConnection, DbTransaction, CancellationToken, Task>? Rewrite { get; init; }
}
