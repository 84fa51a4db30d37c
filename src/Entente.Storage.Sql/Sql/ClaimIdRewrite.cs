using System.Data.Common;
using Entente.Core.Claims;
using Entente.Core.Serialization;

namespace Entente.Storage.Sql;

/// <summary>
/// The claim-id migration: every stored claim gets the id <see cref="ClaimIds.For"/> gives it now (what the claim says,
/// without its producer), and everything that named the old id follows it: verdicts (their claim and the id of a
/// correction they carry) and the claim_pairs counts. Claims that differed only by producer become one claim, merged
/// as <see cref="DuplicateClaims"/> says, with the verdicts of all of them. Verdict ids are left as they are: they
/// are the verdicts' own names, not derived from anything that changed meaning.
/// </summary>
/// <param name="json">Wraps a parameter name so the provider stores it as JSON (PostgreSQL casts, SQLite takes text).</param>
internal sealed class ClaimIdRewrite(Func<string, string> json)
{
    public async Task RunAsync(DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        foreach (var (fresh, olds) in await NewIdsAsync(c, tx, ct))
        {
            if (olds is [var only] && only == fresh) continue;
            await RewriteAsync(c, tx, fresh, olds, ct);
        }
        await c.Command(ClaimPairSql.Rebuild, tx).ExecuteNonQueryAsync(ct);
        await c.Command("UPDATE store_version SET version = version + 1", tx).ExecuteNonQueryAsync(ct);
    }

    /// <summary>Each new id with the old ids that become it, read in one pass; only ids are held, not claims.</summary>
    private static async Task<Dictionary<string, List<string>>> NewIdsAsync(DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var r = await c.Command("SELECT id, json FROM claims", tx).ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var fresh = ClaimIds.For(ClaimRow.Read(r.GetString(1)));
            if (!groups.TryGetValue(fresh, out var olds)) groups[fresh] = olds = [];
            olds.Add(r.GetString(0));
        }
        return groups;
    }

    private async Task RewriteAsync(DbConnection c, DbTransaction tx, string fresh, List<string> olds, CancellationToken ct)
    {
        var claims = new List<Claim>();
        foreach (var old in olds)
            claims.Add(ClaimRow.Read((string)(await c.Command("SELECT json FROM claims WHERE id = @id", tx).With("@id", old).ExecuteScalarAsync(ct))!));
        // The claim kept is one already under the new id, else the one whose producer sorts first, so the result does not
        // depend on the order rows are read in.
        var ordered = claims.OrderBy(x => x.Id != fresh).ThenBy(x => x.Producer.Name, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
        var merged = ordered.Skip(1).Aggregate(ordered[0], DuplicateClaims.Merge) with { Id = fresh };

        // The new row is written before the old ones go, so a verdict never points at a missing claim. A row that already
        // has the new id (a claim written by this version into a store not yet migrated) is updated in place.
        var columns = ClaimRow.Columns.Select(col => col switch { "id" => "@fresh", "json" => json("@json"), _ => col });
        var write = olds.Contains(fresh)
            ? c.Command($"UPDATE claims SET json = {json("@json")} WHERE id = @fresh", tx)
            : c.Command($"INSERT INTO claims ({ClaimRow.ColumnList}) SELECT {string.Join(", ", columns)} FROM claims WHERE id = @kept", tx).With("@kept", ordered[0].Id);
        await write.With("@fresh", fresh).With("@json", EntenteJson.Serialize(merged)).ExecuteNonQueryAsync(ct);
        foreach (var old in olds.Where(old => old != fresh))
        {
            await MoveVerdictsAsync(c, tx, old, fresh, ct);
            await c.Command("DELETE FROM claims WHERE id = @id", tx).With("@id", old).ExecuteNonQueryAsync(ct);
        }
    }

    private async Task MoveVerdictsAsync(DbConnection c, DbTransaction tx, string old, string fresh, CancellationToken ct)
    {
        var verdicts = new List<Verdict>();
        await using (var r = await c.Command("SELECT json FROM verdicts WHERE claim_id = @id", tx).With("@id", old).ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                verdicts.Add(EntenteJson.Deserialize<Verdict>(r.GetString(0)) ?? throw new StoreException("a stored verdict has empty JSON; the database is damaged"));
        foreach (var v in verdicts)
        {
            var moved = v with { ClaimId = fresh, Correction = v.Correction?.WithId() };
            await c.Command($"UPDATE verdicts SET claim_id = @fresh, json = {json("@json")} WHERE id = @id", tx)
                .With("@fresh", fresh).With("@json", EntenteJson.Serialize(moved)).With("@id", v.Id).ExecuteNonQueryAsync(ct);
        }
    }
}
