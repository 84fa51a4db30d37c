using Entente.Core.Hypotheses;
using Entente.Core.Serialization;

namespace Entente.Storage.Sql;

public abstract partial class SqlStore
{
    public Task AddCellOverrideAsync(CellOverride cellOverride, CancellationToken ct = default) =>
        WriteAsync("hypothesis override " + cellOverride.Id, (c, tx) =>
            c.Command("INSERT INTO hypothesis_overrides (id, pair, hypothesis, row_key, cell, analyst, at, json) " +
                      $"VALUES (@id, @pair, @hypothesis, @row, @cell, @analyst, @at, {JsonParameter("@json")}) ON CONFLICT (id) DO NOTHING", tx)
                .With("@id", cellOverride.Id).With("@pair", cellOverride.Pair).With("@hypothesis", cellOverride.Hypothesis)
                .With("@row", cellOverride.Row).With("@cell", Ids.Of(cellOverride.Cell)).With("@analyst", cellOverride.Analyst)
                .With("@at", cellOverride.At.ToUniversalTime()).With("@json", EntenteJson.Serialize(cellOverride))
                .ExecuteNonQueryAsync(ct), ct);

    public Task<IReadOnlyList<CellOverride>> ListCellOverridesAsync(string pair, CancellationToken ct = default) =>
        ListRowsAsync("hypothesis_overrides", "SELECT id, json FROM hypothesis_overrides WHERE pair = @pair ORDER BY at, id", ReadJson<CellOverride>, ct, ("@pair", pair));
}
