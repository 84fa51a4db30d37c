using Entente.Core.Time;

namespace Entente.Analysis.Tests;

public sealed class TimelineTests
{
    private static World Events()
    {
        var w = new World().Source("old", published: new DateOnly(2020, 1, 1)).Source("new", published: new DateOnly(2023, 1, 1)).Source("undated");
        w.Claim("rus", "arms-transfer", "irn", "old", "delivered in 2016", time: World.Year(2016));
        w.Claim("rus", "visit", "irn", "new", "on 1 January 2016", time: ClaimTime.Day(new DateOnly(2016, 1, 1), "1 January 2016"));
        w.Claim("rus", "agreement", "irn", "old", "in 2007", time: World.Year(2007));
        w.Claim("rus", "alliance", "irn", "new", "a strategic alliance");
        w.Claim("rus", "support", "syr", "undated", "Russia backs Syria", time: World.Year(2015));
        return w;
    }

    [Fact]
    public void Events_run_by_start_then_end_with_finer_precision_first_and_undated_last()
    {
        var t = Events().Snapshot().Timeline("rus", "irn");
        Assert.Equal(["in 2007", "on 1 January 2016", "delivered in 2016", "a strategic alliance"], t.Entries.Select(e => e.Evidence.Text));
        Assert.Equal(1, t.Undated);
    }

    [Fact]
    public void As_of_a_date_keeps_only_what_sources_published_by_then_had_reported()
    {
        var t = Events().Snapshot().Timeline("rus", asOf: new DateOnly(2021, 6, 30));
        Assert.Equal(["in 2007", "delivered in 2016"], t.Entries.Select(e => e.Evidence.Text));
    }
}
