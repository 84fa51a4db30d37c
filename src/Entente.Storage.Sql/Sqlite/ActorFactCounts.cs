using System.Data.Common;
using System.Runtime.InteropServices;
using Entente.Core.Claims;
using Entente.Storage.Sql;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The actor facts of the claims one transaction adds, summed in memory and written once per fact at its end, as
/// <see cref="ClaimPairCounts"/> does for pairs: a bulk load adds each hub's few thousand facts once, not once per claim.
/// </summary>
internal sealed class ActorFactCounts
{
    private readonly Dictionary<(string Actor, ActorFactKind Kind, string Other, int From, int To), int> _counts = [];

    /// <summary>Counts a newly stored claim (one already stored must not be counted again).</summary>
    public void Add(Claim c)
    {
        if (!ActorFactRows.Counts(c.Certainty)) return;
        foreach (var f in ActorFactRows.Of(ClaimOutline.Of(c)))
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, (f.ActorId, f.Kind, f.OtherId, f.FromYear, f.ToYear), out _) += f.Claims;
    }

    public void Write(DbConnection c, DbTransaction tx)
    {
        if (_counts.Count == 0) return;
        using var cmd = c.Command(ActorFactSql.AddOne, tx).With("@a", "").With("@k", 0).With("@o", "").With("@f", 0).With("@t", 0).With("@n", 0);
        cmd.Prepare();
        var p = cmd.Parameters;
        foreach (var ((actor, kind, other, from, to), n) in _counts)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value, p[5].Value) = (actor, (int)kind, other, from, to, n);
            cmd.ExecuteNonQuery();
        }
    }
}
