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
        var groups = await NewIdsAsync(c, tx, ct);
        using var statements = new ClaimIdStatements(c, tx, json);
        foreach (var (fresh, olds) in groups)
        {
            if (olds is [var only] && only == fresh) continue;
            await RewriteAsync(statements, fresh, olds, ct);
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

    private static async Task RewriteAsync(ClaimIdStatements sql, string fresh, List<string> olds, CancellationToken ct)
    {
        var claims = new List<Claim>();
        foreach (var old in olds) claims.Add(ClaimRow.Read(await sql.ClaimJsonAsync(old, ct)));
        // The claim kept is one already under the new id, else the one whose producer sorts first, so the result does not
        // depend on the order rows are read in.
        var ordered = claims.OrderBy(x => x.Id != fresh).ThenBy(x => x.Producer.Name, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
        var merged = ordered.Skip(1).Aggregate(ordered[0], DuplicateClaims.Merge) with { Id = fresh };

        // The new row is written before the old ones go, so a verdict never points at a missing claim. A row that already
        // has the new id (a claim written by this version into a store not yet migrated) is updated in place.
        if (olds.Contains(fresh)) await sql.SetJsonAsync(fresh, EntenteJson.Serialize(merged), ct);
        else await sql.CopyAsync(ordered[0].Id, fresh, EntenteJson.Serialize(merged), ct);
        foreach (var old in olds.Where(old => old != fresh))
        {
            foreach (var v in await sql.VerdictsAsync(old, ct))
                await sql.SetVerdictAsync(v.Id, fresh, EntenteJson.Serialize(v with { ClaimId = fresh, Correction = v.Correction?.WithId() }), ct);
            await sql.DeleteAsync(old, ct);
        }
    }
}
