using System.Data.Common;
using Entente.Core.Claims;
using Entente.Core.Serialization;

namespace Entente.Storage.Sql;

/// <summary>
/// The statements <see cref="ClaimIdRewrite"/> runs once per claim, each prepared once: a store of a million claims is
/// rewritten with a few million executions, and parsing each anew would cost more than running it.
/// </summary>
internal sealed class ClaimIdStatements : IDisposable
{
    private readonly DbCommand _readClaim, _copyClaim, _setClaimJson, _deleteClaim, _readVerdicts, _setVerdict;

    public ClaimIdStatements(DbConnection c, DbTransaction tx, Func<string, string> json)
    {
        var copied = ClaimRow.Columns.Select(col => col switch { "id" => "@fresh", "json" => json("@json"), _ => col });
        _readClaim = Prepare(c, tx, "SELECT json FROM claims WHERE id = @id", "@id");
        _copyClaim = Prepare(c, tx, $"INSERT INTO claims ({ClaimRow.ColumnList}) SELECT {string.Join(", ", copied)} FROM claims WHERE id = @id", "@id", "@fresh", "@json");
        _setClaimJson = Prepare(c, tx, $"UPDATE claims SET json = {json("@json")} WHERE id = @id", "@id", "@json");
        _deleteClaim = Prepare(c, tx, "DELETE FROM claims WHERE id = @id", "@id");
        _readVerdicts = Prepare(c, tx, "SELECT json FROM verdicts WHERE claim_id = @id", "@id");
        _setVerdict = Prepare(c, tx, $"UPDATE verdicts SET claim_id = @fresh, json = {json("@json")} WHERE id = @id", "@id", "@fresh", "@json");
    }

    public async Task<string> ClaimJsonAsync(string id, CancellationToken ct) =>
        (string)(await With(_readClaim, id).ExecuteScalarAsync(ct) ?? throw new StoreException($"claim {id} vanished during the claim-id migration"));

    /// <summary>A new row for <paramref name="fresh"/>, its columns copied from the row of <paramref name="id"/>.</summary>
    public Task CopyAsync(string id, string fresh, string claimJson, CancellationToken ct) => With(_copyClaim, id, fresh, claimJson).ExecuteNonQueryAsync(ct);

    public Task SetJsonAsync(string id, string claimJson, CancellationToken ct) => With(_setClaimJson, id, claimJson).ExecuteNonQueryAsync(ct);

    public Task DeleteAsync(string id, CancellationToken ct) => With(_deleteClaim, id).ExecuteNonQueryAsync(ct);

    public async Task<List<Verdict>> VerdictsAsync(string claimId, CancellationToken ct)
    {
        var verdicts = new List<Verdict>();
        await using var r = await With(_readVerdicts, claimId).ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            verdicts.Add(EntenteJson.Deserialize<Verdict>(r.GetString(0)) ?? throw new StoreException("a stored verdict has empty JSON; the database is damaged"));
        return verdicts;
    }

    public Task SetVerdictAsync(string id, string fresh, string verdictJson, CancellationToken ct) => With(_setVerdict, id, fresh, verdictJson).ExecuteNonQueryAsync(ct);

    public void Dispose()
    {
        foreach (var cmd in new[] { _readClaim, _copyClaim, _setClaimJson, _deleteClaim, _readVerdicts, _setVerdict }) cmd.Dispose();
    }

    /// <summary>A command whose parameters are all text, in the order given; the empty values type them for PostgreSQL's prepare.</summary>
    private static DbCommand Prepare(DbConnection c, DbTransaction tx, string sql, params string[] names)
    {
        var cmd = c.Command(sql, tx);
        foreach (var name in names) cmd.With(name, "");
        cmd.Prepare();
        return cmd;
    }

    private static DbCommand With(DbCommand cmd, params string[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        return cmd;
    }
}
