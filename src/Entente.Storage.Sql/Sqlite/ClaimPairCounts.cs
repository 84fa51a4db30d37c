using System.Data.Common;
using System.Runtime.InteropServices;
using Entente.Core.Claims;
using Entente.Storage.Sql;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The claim pairs of the claims one transaction adds, summed in memory and written once per pair at its end: a
/// bulk load of 50 000 claims among a few thousand actors then updates each pair row once rather than per claim.
/// </summary>
internal sealed class ClaimPairCounts
{
    private readonly Dictionary<(string Subject, string Object), (int Affirmed, int Symmetric)> _counts = [];

    /// <summary>Counts a newly stored claim (one already stored must not be counted again).</summary>
    public void Add(Claim c)
    {
        if (!ClaimPairSql.Counts(c)) return;
        ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (c.Subject.Id, c.Object!.Id), out _);
        n = (n.Affirmed + 1, n.Symmetric + (ClaimPairSql.IsSymmetric(c.Relation) ? 1 : 0));
    }

    public void Write(DbConnection c, DbTransaction tx)
    {
        if (_counts.Count == 0) return;
        using var cmd = c.Command(ClaimPairSql.AddOne, tx).With("@s", "").With("@o", "").With("@n", 0).With("@sym", 0);
        cmd.Prepare();
        foreach (var ((subject, obj), (affirmed, symmetric)) in _counts)
        {
            (cmd.Parameters[0].Value, cmd.Parameters[1].Value, cmd.Parameters[2].Value, cmd.Parameters[3].Value) = (subject, obj, affirmed, symmetric);
            cmd.ExecuteNonQuery();
        }
    }
}
