using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// FIPS 10-4 country codes, which GDELT uses in its geography columns (ActionGeo_CountryCode,
/// Actor1Geo_CountryCode, …), to ISO 3166 alpha-3, from our table Data/fips-country-codes.csv. The actor
/// columns (Actor1CountryCode) use CAMEO codes instead, which are ISO-3-like: the same letters mean
/// different countries in the two systems ("IR" is Iran in FIPS, "IRQ" is Iraq in CAMEO; FIPS "IZ" is Iraq).
/// Codes with no ISO country (oceans, disputed islands) give null.
/// </summary>
public static class FipsCodes
{
    private static readonly Lazy<Dictionary<string, (string Iso3, string Name)>> Table =
        new(() => CodeTable.Load("fips-country-codes.csv", StringComparer.OrdinalIgnoreCase));

    public static string? Iso3(string fips) => Table.Value.TryGetValue(fips.Trim(), out var row) ? row.Iso3 : null;

    /// <summary>The state a FIPS code names, as a place (a theater): "SY" → Syria.</summary>
    public static Mention? State(string fips) =>
        Table.Value.TryGetValue(fips.Trim(), out var row) ? Mention.State(row.Name, row.Iso3) : null;
}
