using Entente.Core.Hypotheses;
using Entente.Core.Serialization;

namespace Entente.Storage.Tests;

/// <summary>Analysts' overrides of hypothesis-matrix cells: records kept per pair, in the order they were given.</summary>
public abstract partial class StoreContract
{
    private static CellOverride Override(string id, string pair, Consistency cell, int minute) => new()
    {
        Id = id,
        Pair = pair,
        Hypothesis = "strategic",
        Row = "irn|arms-transfer|rus",
        Cell = cell,
        Analyst = "analyst-1",
        At = new DateTimeOffset(2024, 5, 1, 12, minute, 0, TimeSpan.FromHours(2)),
        Note = "the deliveries were paid for in gold",
    };

    [Fact]
    public async Task Cell_overrides_are_records_listed_per_pair_oldest_first_and_a_repeated_id_is_kept_once()
    {
        var later = Override("o-2", "irn|rus", Consistency.Neutral, 30);
        var earlier = Override("o-1", "irn|rus", Consistency.Inconsistent, 0);
        var otherPair = Override("o-3", "chn|rus", Consistency.Consistent, 10);
        await using (var store = await OpenAsync())
        {
            await store.AddCellOverrideAsync(later, Ct);
            await store.AddCellOverrideAsync(earlier, Ct);
            await store.AddCellOverrideAsync(otherPair, Ct);
            await store.AddCellOverrideAsync(earlier with { Cell = Consistency.Consistent }, Ct);
        }

        await using var reopened = await OpenAsync();
        var listed = await reopened.ListCellOverridesAsync("irn|rus", Ct);

        Assert.Equal([EntenteJson.Serialize(earlier), EntenteJson.Serialize(later)], listed.Select(o => EntenteJson.Serialize(o)));
        Assert.Equal(["o-3"], (await reopened.ListCellOverridesAsync("chn|rus", Ct)).Select(o => o.Id));
        Assert.Empty(await reopened.ListCellOverridesAsync("rus|usa", Ct));
    }

    [Fact]
    public void A_pair_key_is_the_same_whichever_actor_comes_first()
    {
        Assert.Equal("irn|rus", CellOverride.PairKey("rus", "IRN"));
        Assert.Equal("irn|rus", CellOverride.PairKey("irn", "rus"));
    }
}
