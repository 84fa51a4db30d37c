using System.Globalization;
using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// GDELT actors to mentions. A country code with no type, or a state type (GOV, MIL, SPY, COP, JUD, LEG),
/// names the state itself: "IRNMIL" is Iran acting through its military, and a claim about Iran.
/// Armed non-state types (REB, INS, SEP, UAF) name an armed group of that country; IGOs name an
/// organization. Other types (business, media, civilians …) are not actors of our ontology.
/// </summary>
public static class CameoActors
{
    private static readonly HashSet<string> StateTypes = ["GOV", "MIL", "SPY", "COP", "JUD", "LEG"];
    private static readonly HashSet<string> ArmedTypes = ["REB", "INS", "SEP", "UAF"];

    // CAMEO country codes for regions rather than states, and the few that differ from ISO 3166.
    private static readonly HashSet<string> Regions =
        ["AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"];
    private static readonly Dictionary<string, string> NotIso = new() { ["ROM"] = "ROU", ["TMP"] = "TLS", ["ZAR"] = "COD" };

    /// <summary>The mention, or null with the reason the actor is not one of ours.</summary>
    public static Mention? Of(string code, string name, string country, string[] types, out string? why)
    {
        why = null;
        var type = types.FirstOrDefault(t => t.Length > 0) ?? "";
        if (code.Length == 0)
        {
            why = "actor missing";
            return null;
        }
        if (country.Length == 3 && !Regions.Contains(country))
        {
            var iso3 = NotIso.GetValueOrDefault(country, country);
            if (type.Length == 0 || StateTypes.Contains(type)) return Mention.State(iso3, iso3);
            if (ArmedTypes.Contains(type)) return new Mention(Title(name), EntityKind.ArmedGroup) { CountryIso3 = iso3 };
            why = $"actor type {type} is not a state or armed group";
            return null;
        }
        if (types.Contains("IGO") && name.Length > 0) return new Mention(Title(name), EntityKind.Organization);
        if (types.Any(ArmedTypes.Contains) && name.Length > 0) return new Mention(Title(name), EntityKind.ArmedGroup);
        why = country.Length > 0 ? "actor is a region" : "actor has no country";
        return null;
    }

    private static string Title(string upper) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(upper.Trim().ToLowerInvariant());
}
