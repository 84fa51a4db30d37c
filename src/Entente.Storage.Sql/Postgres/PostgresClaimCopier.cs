using Entente.Core.Claims;
using Entente.Storage.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Storage.Postgres;

/// <summary>
/// Bulk claim insert: binary COPY into a temporary table, then one INSERT … SELECT that skips stored ids.
/// COPY cannot skip conflicts itself, and row-by-row inserts are far slower over the network. The claim pairs are
/// updated by the same statement, and so are the actor facts; and each claim's listing line is computed there for all the rows
/// at once (a row trigger would run a query per row: half as much ingest time again at a million claims).
/// </summary>
internal sealed class PostgresClaimCopier(NpgsqlConnection c, NpgsqlTransaction tx) : ClaimWriter
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.Json, NpgsqlDbType.Text,
    ];

    // Each call counts its own pairs and facts in its INSERT, so there is nothing left for FinishAsync.
    public override Task<int> InsertAsync(IEnumerable<Claim> claims, CancellationToken ct) => CopyAsync(c, tx, claims, ct);

    private static async Task<int> CopyAsync(NpgsqlConnection c, NpgsqlTransaction tx, IEnumerable<Claim> claims, CancellationToken ct)
    {
        var columns = ClaimRow.ColumnList;
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS claims_incoming (LIKE claims) ON COMMIT DROP; TRUNCATE claims_incoming", c, tx))
            await create.ExecuteNonQueryAsync(ct);
        var any = false;
        await using (var copy = await c.BeginBinaryImportAsync($"COPY claims_incoming ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var claim in claims)
            {
                var values = ClaimRow.Values(claim);
                await copy.StartRowAsync(ct);
                for (var i = 0; i < values.Length; i++)
                {
                    var write = values[i] switch
                    {
                        null => copy.WriteNullAsync(ct),
                        string text => copy.WriteAsync(text, Types[i], ct),
                        DateOnly date => copy.WriteAsync(date, Types[i], ct),
                        int number => copy.WriteAsync(number, Types[i], ct),
                        var other => throw new InvalidOperationException($"no COPY mapping for {other.GetType()}"),
                    };
                    await write;
                }
                any = true;
            }
            await copy.CompleteAsync(ct);
        }
        if (!any) return 0;
        // The claim pairs and actor facts count the claims this statement adds (RETURNING skips stored ids), in the same transaction.
        await using var insert = new NpgsqlCommand(
            $"WITH added AS (INSERT INTO claims ({columns}, line) SELECT {columns}, {ClaimLineRow.Postgres} FROM claims_incoming AS claims ON CONFLICT (id) DO NOTHING " +
            "RETURNING subject_id, object_id, relation, certainty, place_id, time_from, time_to), " +
            $"pairs AS ({ClaimPairSql.AddFrom("added")}), facts AS ({ActorFactSql.AddFrom("added", ActorFactSql.DateYear)}) SELECT COUNT(*) FROM added", c, tx);
        return Convert.ToInt32(await insert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
