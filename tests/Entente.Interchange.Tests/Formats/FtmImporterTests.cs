using Entente.Core.Entities;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class FtmImporterTests
{
    [Fact]
    public async Task The_Zala_Aero_cluster_gives_sanctions_ownership_and_directorships()
    {
        var batch = await Collect.FileAsync("ftm", SharedData.Require("data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json"));

        Assert.Empty(batch.Errors);
        Assert.Equal(41, batch.Claims.Count(c => c.Relation == "sanction"));
        Assert.Equal(14, batch.Claims.Count(c => c.Relation == "part-of"));
        Assert.Equal(3, batch.Claims.Count(c => c.Relation == "affiliate-of"));
        var zala = Assert.Single(batch.NewEntities, e => e.Aliases.Contains("Zala Aero Group"));
        Assert.Equal(EntityKind.Organization, zala.Kind);
        Assert.Contains(batch.Claims, c => c.Relation == "sanction" && c.Subject.Id == "usa" && c.Object!.Id == zala.Id);
        Assert.Contains(batch.Claims, c => c.Relation == "sanction" && c.Subject.Name == "European Union");
        Assert.Equal(4 + 11 + 1, batch.Skipped.Values.Sum());
    }

    [Fact]
    public async Task Nested_OpenSanctions_targets_are_flattened_into_entities()
    {
        var batch = await Collect.FileAsync("ftm", SharedData.Require("data/ftm/opensanctions-zavod-run-khongdudinhdoikhongne/targets.nested.json"));

        Assert.Empty(batch.Errors);
        Assert.Contains(batch.NewEntities, e => e.Name == "Nidal Boustany" && e.Kind == EntityKind.Person);
        Assert.Equal(5, batch.Skipped["FTM schema Occupancy has no entity or claim in the ontology"]);
        Assert.Equal(4, batch.Skipped["FTM schema Family has no entity or claim in the ontology"]);
        Assert.Empty(batch.Claims);
        Assert.Equal(9, batch.NewEntities.Count(e => e.Kind == EntityKind.Person));
    }
}
