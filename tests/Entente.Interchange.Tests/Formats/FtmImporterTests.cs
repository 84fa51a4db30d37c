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

    [Fact]
    public async Task An_entity_keyed_and_named_as_ours_comes_back_as_ours_whatever_its_schema()
    {
        // FTM has no schema for a place, so our export writes the Tartus naval base as an Organization; an id that is
        // ours but a name that is not stays the file's own entity.
        using var dir = new TempDir();
        var file = dir.File("places.ftm.json");
        File.WriteAllText(file, """
            {"id": "rus", "schema": "Organization", "properties": {"name": ["Russia"]}}
            {"id": "tartus", "schema": "Organization", "properties": {"name": ["Tartus naval base"]}}
            {"id": "irn", "schema": "Organization", "properties": {"name": ["Irn Trading Company"]}}
            {"id": "l1", "schema": "UnknownLink", "properties": {"subject": ["rus"], "object": ["tartus"], "role": ["presence"]}}
            {"id": "l2", "schema": "UnknownLink", "properties": {"subject": ["irn"], "object": ["tartus"], "role": ["presence"]}}
            """);

        var batch = await Collect.FileAsync("ftm", file);

        Assert.Empty(batch.Errors);
        Assert.All(batch.Claims, c => Assert.Equal(("tartus", EntityKind.Place), (c.Object!.Id, c.Object.Kind)));
        Assert.Contains(batch.Claims, c => c.Subject.Id == "rus");
        var stranger = Assert.Single(batch.NewEntities);
        Assert.Equal("Irn Trading Company", stranger.Name);
    }
}
