using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

public sealed class StixImporterTests
{
    [Fact]
    public async Task The_APT1_report_gives_its_attributions_between_actors_and_skips_malware_use()
    {
        var batch = await Collect.FileAsync("stix", SharedData.Require("data/stix21/oasis-examples/apt1.json"));

        Assert.Empty(batch.Errors);
        Assert.Equal(7, batch.Claims.Count);
        Assert.All(batch.Claims, c => Assert.Equal("affiliate-of", c.Relation));
        Assert.Equal(23, batch.Skipped.Values.Sum());
        Assert.Contains(batch.Claims, c => c.Subject.Name == "APT1" && c.Object!.Name == "Unit 61398");
    }

    [Fact]
    public async Task The_MITRE_ICS_bundle_reads_without_errors_and_defines_its_intrusion_sets()
    {
        var batch = await Collect.FileAsync("stix", SharedData.Require("data/stix21/mitre-attack/ics-attack.json"));

        Assert.Empty(batch.Errors);
        // 16 intrusion sets and MITRE's identity, less those the knowledge base already names.
        Assert.Equal(15, batch.NewEntities.Count);
        Assert.Contains(batch.NewEntities, e => e.Name == "CyberAv3ngers");
        Assert.Equal(1373, batch.Skipped.Values.Sum());
    }

    [Fact]
    public async Task A_reference_to_an_object_missing_from_the_bundle_is_an_error_naming_the_object_and_its_line()
    {
        using var dir = new TempDir();
        var path = dir.File("dangling.json");
        await File.WriteAllTextAsync(path, """
            {
              "type": "bundle",
              "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
              "objects": [
                {"type": "identity", "spec_version": "2.1", "id": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z", "name": "Iran", "identity_class": "organization"},
                {"type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z",
                 "relationship_type": "arms-transfer", "source_ref": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "target_ref": "identity--9a7f1b5e-0000-4000-8000-000000000001"}
              ]
            }
            """, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("stix", path);

        var error = Assert.Single(batch.Errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad", error.Reason);
        Assert.Contains("identity--9a7f1b5e-0000-4000-8000-000000000001", error.Reason);
        Assert.StartsWith("dangling.json:6:", error.ToString());
        Assert.Empty(batch.Claims);
    }

    [Fact]
    public async Task A_truncated_bundle_is_an_error_with_its_line()
    {
        using var dir = new TempDir();
        var path = dir.File("cut.json");
        await File.WriteAllTextAsync(path, "{\n  \"type\": \"bundle\",\n  \"objects\": [\n    {\"type\": \"identity\", \"name\": \"Ir", TestContext.Current.CancellationToken);

        var error = Assert.Single((await Collect.FileAsync("stix", path)).Errors);

        Assert.Equal(4, error.Line);
        Assert.Contains("not valid JSON", error.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"type\": \"identity\", \"name\": \"Iran\"}")]
    public async Task A_file_that_is_not_a_bundle_is_an_error_not_an_empty_import(string text)
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("not-a-bundle.json"), text, TestContext.Current.CancellationToken);

        var batch = await Collect.FileAsync("stix", dir.File("not-a-bundle.json"));

        Assert.StartsWith("not-a-bundle.json:1: ", Assert.Single(batch.Errors).ToString());
        Assert.Empty(batch.Claims);
    }
}
