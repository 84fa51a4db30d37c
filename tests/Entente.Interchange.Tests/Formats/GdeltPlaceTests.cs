using Entente.Core.Entities;
using Entente.Interchange.Formats.Gdelt;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Formats;

/// <summary>GDELT's geography columns hold FIPS 10-4 codes, not ISO or CAMEO ones: "RS" is Russia (Serbia in ISO), "UP" is Ukraine.</summary>
public sealed class GdeltPlaceTests
{
    private const string V2 = "data/gdelt/20191024143000.export.CSV";
    private const string V1 = "data/gdelt/gdelt1_sample_events.tsv";

    [Theory]
    [InlineData("IR", "IRN")]
    [InlineData("RS", "RUS")]
    [InlineData("SY", "SYR")]
    [InlineData("UP", "UKR")]
    [InlineData("IZ", "IRQ")]
    [InlineData("LE", "LBN")]
    [InlineData("YM", "YEM")]
    [InlineData("VE", "VEN")]
    [InlineData("BM", "MMR")]
    [InlineData("KN", "PRK")]
    [InlineData("GM", "DEU")]
    [InlineData("SF", "ZAF")]
    [InlineData("sa", "SAU")]
    public void A_FIPS_country_code_maps_to_its_ISO_3166_state(string fips, string iso3) =>
        Assert.Equal(iso3, FipsCodes.Iso3(fips));

    [Fact]
    public void A_FIPS_code_for_no_country_maps_to_nothing() => Assert.Null(FipsCodes.Iso3("OS"));

    [Theory]
    [InlineData(V2, "881991936", "Damascus", "SY", "syr")]
    [InlineData(V2, "881991937", "Tehran", "IR", "irn")]
    [InlineData(V2, "881991938", "Sochi", "RS", "rus")]
    [InlineData(V2, "881991958", "Iraq", "IZ", "irq")]
    [InlineData(V2, "881991959", "Lebanon", "LE", "lbn")]
    [InlineData(V2, "881992542", "Ukraine", "UP", "ukr")]
    [InlineData(V1, "1553189", "Iraq", "IZ", "irq")]
    [InlineData(V1, "564442482", "Turkey", "TU", "tur")]
    [InlineData(V1, "564442602", "Beirut", "LE", "lbn")]
    public async Task The_place_of_a_GDELT_event_is_the_state_of_its_FIPS_action_country(string file, string eventId, string geoName, string fips, string place)
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(file));

        var e = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == eventId);
        Assert.StartsWith(geoName, e.Properties["action_geo_name"], StringComparison.Ordinal);
        Assert.Equal(fips, e.Properties["action_geo_country_fips"]);
        Assert.Equal((place, EntityKind.State), (e.Place!.Id, e.Place.Kind));
        Assert.Equal(place.ToUpperInvariant(), e.Properties["action_geo_country"]);
    }

    [Fact]
    public async Task Actor_geographies_keep_their_FIPS_code_and_its_ISO_equivalent()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V2));

        var e = Assert.Single(batch.Claims, c => c.Properties["gdelt_event_id"] == "881991936");
        Assert.Equal(("LE", "LBN"), (e.Properties["actor1_geo_country_fips"], e.Properties["actor1_geo_country"]));
        Assert.Equal(("SY", "SYR"), (e.Properties["actor2_geo_country_fips"], e.Properties["actor2_geo_country"]));
    }

    [Fact]
    public async Task Every_GDELT_claim_with_a_mapped_action_country_has_that_state_as_its_place()
    {
        var batch = await Collect.FileAsync("gdelt", SharedData.Require(V2));

        var placed = batch.Claims.Where(c => c.Properties.ContainsKey("action_geo_country")).ToList();
        Assert.Equal(GdeltCounts.V2Placed, placed.Count);
        Assert.All(placed, c => Assert.Equal(c.Properties["action_geo_country"], Collect.Kb.Get(c.Place!.Id)?.Iso3 ?? c.Place.Id.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("OS", "OS")]
    public async Task An_event_whose_action_country_is_blank_or_no_country_has_no_place(string fips, string? kept)
    {
        var row = File.ReadLines(SharedData.Require(V2)).Single(l => l.StartsWith("881991936\t", StringComparison.Ordinal)).Split('\t');
        row[GdeltLayout.V2.Geo(2) + GdeltLayout.GeoCountry] = fips;
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("one.tsv"), string.Join('\t', row) + "\n", TestContext.Current.CancellationToken);

        var e = Assert.Single((await Collect.FileAsync("gdelt", dir.File("one.tsv"))).Claims);

        Assert.Null(e.Place);
        Assert.Equal(kept, e.Properties.GetValueOrDefault("action_geo_country_fips"));
        Assert.False(e.Properties.ContainsKey("action_geo_country"));
    }
}
