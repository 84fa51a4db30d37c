using System.Text.Json.Nodes;
using Entente.Interchange.Formats.Stix;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Exporting;

public sealed class StixExportTests
{
    private const string Register = "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv";

    [Fact]
    public async Task Every_exported_object_validates_against_the_official_STIX_schema_of_its_type()
    {
        var schemas = new StixSchemas(SharedData.Require("data/stix21/schemas"));
        var all = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims;
        var claims = all.Take(100).Concat(all.Where(c => c.Object!.Kind == Core.Entities.EntityKind.ArmedGroup).Take(20)).ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new StixExporter(), claims, dir.File("out.json"));

        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(dir.File("out.json"), TestContext.Current.CancellationToken))!;
        var objects = bundle["objects"]!.AsArray();
        foreach (var o in objects)
        {
            var type = o!["type"]!.GetValue<string>();
            Assert.Equal("", schemas.Check(type, o));
        }
        Assert.Equal(120, objects.Count(o => o!["type"]!.GetValue<string>() == "relationship"));
        Assert.Equal(120, objects.Count(o => o!["type"]!.GetValue<string>() == "note"));
        Assert.Single(objects, o => o!["type"]!.GetValue<string>() == "report");
        Assert.Contains(objects, o => o!["type"]!.GetValue<string>() == "threat-actor");
    }

    [Fact]
    public async Task A_claim_exported_to_STIX_and_imported_back_has_the_same_triple_certainty_and_time()
    {
        var original = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims.Take(600).ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new StixExporter(), original, dir.File("bundle.json"));

        var back = await Collect.FileAsync("stix", dir.File("bundle.json"));

        Assert.Empty(back.Errors);
        static string Key(Core.Claims.Claim c) =>
            $"{c.Subject.Id}|{c.Relation}|{c.Object?.Id}|{c.Certainty}|{c.Time?.From}|{c.Time?.To}|{c.Time?.Precision}|{string.Join(",", c.Materiel.Select(m => m.Id))}";
        Assert.Equal(original.Select(Key).Order(), back.Claims.Select(Key).Order());
        Assert.All(back.Claims, c => Assert.Equal("stix", c.Producer.Name));
    }

    [Fact]
    public async Task The_same_claims_export_to_the_same_bytes()
    {
        var claims = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims.Take(50).ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new StixExporter(), claims, dir.File("a.json"));
        await Export.ToFileAsync(new StixExporter(), claims, dir.File("b.json"));

        Assert.Equal(await File.ReadAllBytesAsync(dir.File("a.json"), TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(dir.File("b.json"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Stix_ids_are_name_based_version_5_uuids()
    {
        var id = StixIds.For("identity", "irn");

        Assert.Equal(id, StixIds.For("identity", "irn"));
        Assert.NotEqual(id, StixIds.For("identity", "rus"));
        Assert.Matches("^identity--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
    }
}
