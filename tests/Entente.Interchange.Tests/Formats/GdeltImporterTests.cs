using Entente.Core.Ontology;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class GdeltImporterTests
{
    private const string V2 = "data/gdelt/20191024143000.export.CSV";
    private const string V1 = "data/gdelt/gdelt1_sample_events.tsv";

    [Fact]
    public async Task An_Iranian_statement_of_support_for_the_Russian_government_is_diplomatic_support_with_its_url()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V2));

        var e = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == "881991938");
        Assert.Equal(("irn", "diplomatic-support", "rus"), (e.Subject.Id, e.Relation, e.Object!.Id));
        Assert.Equal("051", e.Properties["cameo_code"]);
        Assert.Equal("https://www.bworldonline.com/iran-is-losing-leverage-in-syria/", e.Properties["source_url"]);
        Assert.Equal(new DateOnly(2019, 10, 24), e.Time!.From);
        Assert.Equal(Certainty.Reported, e.Certainty);
        Assert.Equal("1107", e.Properties["line"]);
    }

    [Fact]
    public async Task Hosting_a_visit_makes_the_guest_the_subject_of_the_visit()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V2));

        var hosted = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == "881991618");
        Assert.Equal("043", hosted.Properties["cameo_code"]);
        Assert.Equal(("irn", "visit"), (hosted.Subject.Id, hosted.Relation));
        Assert.Equal("gbr", hosted.Object!.Id);
    }

    [Fact]
    public async Task Every_row_of_the_2_0_file_is_a_claim_or_a_counted_skip()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V2));

        Assert.Empty(batch.Errors);
        Assert.Equal(2111, batch.Claims.Count + batch.Skipped.Values.Sum());
        Assert.Equal(GdeltCounts.V2Claims, batch.Claims.Count);
        Assert.Equal(GdeltCounts.V2Unmapped, batch.Skipped["unmapped CAMEO code"]);
        Assert.All(batch.Claims, c => Assert.Matches("^[0-9]{2,4}$", c.Properties["cameo_code"]));
    }

    [Fact]
    public async Task The_1_0_sample_mixes_daily_and_historical_rows_and_both_are_read()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V1));

        Assert.Empty(batch.Errors);
        Assert.Equal(710, batch.Claims.Count + batch.Skipped.Values.Sum());
        Assert.Contains(batch.Claims, c => c.Properties["gdelt_layout"] == "gdelt-1.0-daily");
        Assert.Contains(batch.Claims, c => c.Properties["gdelt_layout"] == "gdelt-1.0-historical");
        var reduce = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == "1553189");
        Assert.Equal(("irn", "reduce-relations", "164"), (reduce.Subject.Id, reduce.Relation, reduce.Properties["cameo_code"]));
        Assert.Equal("irq", reduce.Object!.Id);
        Assert.False(reduce.Properties.ContainsKey("source_url"));
    }
}

/// <summary>Counts pinned from the files (the unmapped count checked with a separate script over the CAMEO column).</summary>
internal static class GdeltCounts
{
    public const int V2Claims = 280;
    public const int V2Unmapped = 1007;
    public const int V2Placed = 280;
}
