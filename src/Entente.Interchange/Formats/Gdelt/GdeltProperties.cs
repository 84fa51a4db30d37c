namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// What a GDELT event keeps beside its triple: the CAMEO codes as written, the event's scores, the actors'
/// codes, and each geography's name, FIPS country code, ISO 3166 equivalent and coordinates. Empty cells are left out.
/// </summary>
public static class GdeltProperties
{
    private static readonly string[] GeoNames = ["actor1_geo", "actor2_geo", "action_geo"];

    public static Dictionary<string, string> Of(string[] f, GdeltLayout layout, string code)
    {
        var props = new Dictionary<string, string>
        {
            ["cameo_code"] = code,
            ["cameo_root"] = f[GdeltLayout.RootCode],
            ["gdelt_event_id"] = f[GdeltLayout.EventId],
            ["gdelt_layout"] = layout.Name,
            ["goldstein"] = f[GdeltLayout.Goldstein],
            ["quad_class"] = f[GdeltLayout.QuadClass],
            ["num_mentions"] = f[GdeltLayout.NumMentions],
            ["avg_tone"] = f[GdeltLayout.AvgTone],
            ["actor1_code"] = f[GdeltLayout.Actor1],
            ["actor2_code"] = f[GdeltLayout.Actor2],
        };
        for (var block = 0; block < GeoNames.Length; block++)
        {
            var at = layout.Geo(block);
            var name = GeoNames[block];
            var fips = f[at + GdeltLayout.GeoCountry];
            props[name + "_name"] = f[at + GdeltLayout.GeoFullName];
            props[name + "_country_fips"] = fips;
            props[name + "_country"] = FipsCodes.Iso3(fips) ?? "";
            props[name + "_lat"] = f[at + layout.GeoLat];
            props[name + "_long"] = f[at + layout.GeoLong];
        }
        if (layout.SourceUrl is { } u) props["source_url"] = f[u];
        foreach (var k in props.Where(p => p.Value.Length == 0).Select(p => p.Key).ToList()) props.Remove(k);
        return props;
    }
}
