using System.Text.Json.Nodes;
using Entente.Core.Claims;
using Entente.Interchange.Formats.Stix;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Exporting;

public sealed class StixExportTests
{
    private const string Register = "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv";
    private const string Gdelt = "data/gdelt/20191024143000.export.CSV";

    /// <summary>SIPRI deals (materiel, quantities, armed-group recipients) and GDELT events (places): every extension we write.</summary>
    private static async Task<List<Claim>> SampleClaimsAsync(int sipri, int gdelt)
    {
        var deals = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims;
        var events = (await Collect.FileAsync("gdelt", SharedData.Require(Gdelt))).Claims;
        return deals.Take(sipri).Concat(deals.Where(c => c.Object!.Kind == Core.Entities.EntityKind.ArmedGroup).Take(20)).Concat(events.Take(gdelt)).Concat(events.Where(c => c.Place?.Id == "syr").Take(3)).Distinct().ToList();
    }

    private static async Task<JsonNode> ExportAsync(IEnumerable<Claim> claims, TempDir dir)
    {
        await Export.ToFileAsync(new StixExporter(), claims, dir.File("out.json"));
        return JsonNode.Parse(await File.ReadAllTextAsync(dir.File("out.json"), TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task The_whole_exported_bundle_validates_against_the_official_bundle_schema_and_each_object_against_its_type()
    {
        var schemas = new StixSchemas(SharedData.Require("data/stix21/schemas"));
        var claims = await SampleClaimsAsync(60, 40);
        using var dir = new TempDir();

        var bundle = await ExportAsync(claims, dir);

        Assert.Equal("", schemas.CheckBundle(bundle));
        var types = bundle["objects"]!.AsArray().GroupBy(o => o!["type"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(claims.Count, types["relationship"]);
        Assert.Equal(claims.Count, types["note"]);
        Assert.Equal(2, types["report"]);
        Assert.True(types["threat-actor"] > 0);
        Assert.Contains(bundle["objects"]!.AsArray(), o => o!["x_entente_place"]?["id"]?.GetValue<string>() == "syr");
    }

    [Fact]
    public async Task A_bundle_that_breaks_the_schemas_is_reported_at_the_bundle_and_at_the_object()
    {
        var schemas = new StixSchemas(SharedData.Require("data/stix21/schemas"));
        using var dir = new TempDir();
        var bundle = await ExportAsync((await SampleClaimsAsync(5, 0)).Take(5), dir);

        bundle["id"] = "bundle-without-uuid";
        var relationship = bundle["objects"]!.AsArray().First(o => o!["type"]!.GetValue<string>() == "relationship")!.AsObject();
        relationship.Remove("relationship_type");

        var errors = schemas.CheckBundle(bundle);
        Assert.Contains("bundle: ", errors);
        Assert.Contains(relationship["id"]!.GetValue<string>(), errors);
    }

    [Fact]
    public async Task Claims_exported_to_STIX_and_imported_back_are_equal_in_everything_but_their_source()
    {
        var original = await SampleClaimsAsync(600, 300);
        using var dir = new TempDir();
        await Export.ToFileAsync(new StixExporter(), original, dir.File("bundle.json"));

        var back = await Collect.FileAsync("stix", dir.File("bundle.json"));

        Assert.Empty(back.Errors);
        Assert.Equal(original.Count, back.Claims.Count);
        Assert.Equal(original.Select(Content).Order(), back.Claims.Select(Content).Order());
        Assert.All(back.Claims, c => Assert.Equal("stix", c.Producer.Name));
    }

    private static string Content(Claim c) => string.Join(" | ",
        c.Subject.Id, c.Subject.Kind, c.Relation, c.Object?.Id, c.Object?.Kind, string.Join(",", c.Materiel.Select(m => m.Id + "/" + m.Kind)),
        c.Place?.Id, c.Time?.From, c.Time?.To, c.Time?.Precision, c.Time?.Text, c.Quantity, c.Certainty, c.Phase, c.Confidence, c.Evidence.Text);

    [Fact]
    public async Task The_same_claims_export_to_the_same_bytes()
    {
        var claims = await SampleClaimsAsync(50, 50);
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
