using Entente.Core.Ontology;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class AllianceImporterTests
{
    [Fact]
    public async Task COW_directed_dyads_give_one_alliance_per_pair_with_its_dates()
    {
        var batch = await Collect.FileAsync("cow", SharedData.Require("data/alliances/cow/alliance_v4.1_by_directed.from-dyadr-rda.csv"));

        Assert.Empty(batch.Errors);
        Assert.Equal(1626, batch.Claims.Count);
        Assert.Equal(1626, batch.Skipped["mirror of a directed dyad"]);
        var soviet = Assert.Single(batch.Claims, c => c.Properties["cow_alliance_id"] == "105");
        Assert.Equal(("rus", "alliance", "irn"), (soviet.Subject.Id, soviet.Relation, soviet.Object!.Id));
        Assert.Equal((new DateOnly(1921, 2, 26), new DateOnly(1941, 8, 25)), (soviet.Time!.From, soviet.Time.To));
        Assert.Equal("1", soviet.Properties["cow_defense"]);
    }

    [Fact]
    public async Task ATOP_members_give_an_alliance_per_pair_over_the_time_both_belonged()
    {
        var batch = await Collect.FileAsync("atop", SharedData.Require("data/alliances/atop/atop4_01-member-level.csv"));

        Assert.Empty(batch.Errors);
        Assert.Equal(16034, batch.Claims.Count);
        var treaty = Assert.Single(batch.Claims, c => c.Properties["atop_id"] == "4968");
        Assert.Equal(new[] { "irn", "rus" }, new[] { treaty.Subject.Id, treaty.Object!.Id }.Order());
        Assert.Equal(new DateOnly(2001, 3, 12), treaty.Time!.From);
        Assert.Equal(Phase.Ongoing, treaty.Phase);
    }

    [Fact]
    public async Task The_ATOP_alliance_level_file_is_read_too()
    {
        var batch = await Collect.FileAsync("atop", SharedData.Require("data/alliances/atop/atop4_01-alliance-level.csv"));

        Assert.Empty(batch.Errors);
        Assert.Contains(batch.Claims, c => c.Properties["atop_id"] == "4968" && c.Time!.From == new DateOnly(2001, 3, 12));
    }
}
