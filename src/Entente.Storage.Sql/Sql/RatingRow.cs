using System.Data.Common;
using Entente.Core.Sources;

namespace Entente.Storage.Sql;

/// <summary>How a source or publisher rating is laid out in the ratings table, column by column.</summary>
internal static class RatingRow
{
    public const string Select = "SELECT id, scope, target, reliability, set_by, at, reason FROM ratings ORDER BY at, id";

    /// <summary>Inserts the rating unless its id is stored; returns whether it was new.</summary>
    public static async Task<bool> InsertAsync(DbConnection c, DbTransaction tx, SourceRating r, CancellationToken ct) =>
        await c.Command("INSERT INTO ratings (id, scope, target, reliability, set_by, at, reason) VALUES (@id, @scope, @target, @reliability, @by, @at, @reason) ON CONFLICT (id) DO NOTHING", tx)
            .With("@id", r.Id).With("@scope", Ids.Of(r.Scope)).With("@target", r.Target).With("@reliability", Ids.Of(r.Reliability))
            .With("@by", r.SetBy).With("@at", r.At.ToUniversalTime()).With("@reason", r.Reason)
            .ExecuteNonQueryAsync(ct) == 1;

    public static SourceRating Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Scope = Ids.Parse<RatingScope>(r.GetString(1)),
        Target = r.GetString(2),
        Reliability = Ids.Parse<Reliability>(r.GetString(3)),
        SetBy = r.GetString(4),
        At = r.GetFieldValue<DateTimeOffset>(5),
        Reason = r.NullableString(6),
    };
}
