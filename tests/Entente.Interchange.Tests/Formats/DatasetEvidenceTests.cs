using Entente.Interchange.Importing;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

/// <summary>
/// Issue 15: a data-set claim's evidence is a sentence an analyst can read, built from its row; the row as written
/// is kept as the "row" property, and the evidence offsets still locate that row in the file.
/// </summary>
public sealed class DatasetEvidenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_GDELT_event_reads_as_its_date_actors_CAMEO_code_place_and_url()
    {
        var path = SharedData.Require("data/gdelt/20191024143000.export.CSV");
        var batch = await Collect.FileAsync("gdelt", path);

        var e = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == "881991938");
        Assert.Equal("GDELT, 2019-10-24: IRAN (IRN) → RUSSIA (RUSGOV), CAMEO 051 (diplomatic-support), in Sochi, Krasnodarskiy Kray, Russia; "
            + "https://www.bworldonline.com/iran-is-losing-leverage-in-syria/", e.Evidence.Text);
        Assert.StartsWith("881991938\t20191024", e.Properties[ImportCollector.RowProperty]);
        var text = await File.ReadAllTextAsync(path, Ct);
        Assert.Equal(e.Properties[ImportCollector.RowProperty], text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public async Task An_ACLED_event_reads_as_its_date_type_actors_place_and_fatalities()
    {
        using var dir = new TempDir();
        const string header = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,location,latitude,longitude,source,notes,fatalities";
        const string row = "SYR1,12 March 2023,2023,Battles,Armed clash,Military Forces of Syria (2000-),,1,Hayat Tahrir al-Sham,,2,Syria,Idlib,35.9,36.6,Example,\"clash near Idlib, three killed\",3";
        await File.WriteAllTextAsync(dir.File("acled.csv"), header + "\n" + row + "\n", Ct);

        var claim = Assert.Single((await Collect.FileAsync("acled", dir.File("acled.csv"))).Claims);

        Assert.Equal("ACLED, 12 March 2023: Battles (Armed clash) between Military Forces of Syria (2000-) and Hayat Tahrir al-Sham in Idlib, Syria; 3 fatalities",
            claim.Evidence.Text);
        Assert.Equal(row, claim.Properties[ImportCollector.RowProperty]);
    }

    [Fact]
    public async Task An_FtM_sanction_reads_as_who_sanctioned_whom_under_which_programme()
    {
        var batch = await Collect.FileAsync("ftm", SharedData.Require("data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json"));

        var sanction = batch.Claims.First(c => c.Relation == "sanction" && c.Subject.Id == "usa");
        Assert.StartsWith("FollowTheMoney: ", sanction.Evidence.Text);
        Assert.Contains(" sanctioned " + sanction.Object!.Name, sanction.Evidence.Text);
        Assert.Contains("\"schema\"", sanction.Properties[ImportCollector.RowProperty]);
    }

    [Fact]
    public async Task An_FtM_UnknownLink_whose_role_is_a_relation_of_ours_is_that_relation_with_its_status_as_certainty()
    {
        using var dir = new TempDir();
        await File.WriteAllLinesAsync(dir.File("links.ftm.json"),
        [
            """{"id":"irn","schema":"Organization","properties":{"name":["Iran"]}}""",
            """{"id":"rsf","schema":"Organization","properties":{"name":["Rapid Support Forces"]}}""",
            """{"id":"l1","schema":"UnknownLink","properties":{"subject":["irn"],"object":["rsf"],"role":["arms-transfer"],"status":["denied"],"summary":["Tehran denied arming the RSF"]}}""",
            """{"id":"l2","schema":"UnknownLink","properties":{"subject":["irn"],"object":["rsf"],"role":["cousin"]}}""",
        ], Ct);

        var batch = await Collect.FileAsync("ftm", dir.File("links.ftm.json"));

        var link = Assert.Single(batch.Claims);
        Assert.Equal(("irn", "arms-transfer", "rsf"), (link.Subject.Id, link.Relation, link.Object!.Id));
        Assert.Equal(Core.Ontology.Certainty.Denied, link.Certainty);
        Assert.Equal("Tehran denied arming the RSF", link.Evidence.Text);
        Assert.Equal(1, batch.Skipped["FTM UnknownLink with role cousin has no relation in the ontology"]);
    }
}
