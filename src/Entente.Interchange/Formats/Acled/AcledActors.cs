using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Acled;

/// <summary>
/// ACLED actors by their interaction code, numeric (1–8, older files) or text (newer files). State forces
/// ("Military Forces of Russia (2000-)") name their state, at home (1) or abroad (8); rebels, militias and external forces are armed
/// groups; rioters, protesters and civilians are not actors of our ontology.
/// </summary>
public static class AcledActors
{
    private static readonly Dictionary<string, int> TextCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["state forces"] = 1,
        ["rebel group"] = 2,
        ["rebel groups"] = 2,
        ["political militia"] = 3,
        ["political militias"] = 3,
        ["identity militia"] = 4,
        ["identity militias"] = 4,
        ["rioters"] = 5,
        ["protesters"] = 6,
        ["civilians"] = 7,
        ["external/other forces"] = 8,
    };

    public static int? Code(string inter) =>
        int.TryParse(inter.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 8 ? n
        : TextCodes.TryGetValue(inter.Trim(), out var t) ? t : null;

    public static Mention? Of(string name, int code)
    {
        if (name.Length == 0) return null;
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        var bare = bracket > 0 ? name[..bracket] : name;
        return code switch
        {
            1 or 8 when StateOf(bare) is { } state => Mention.State(state),
            1 => new Mention(bare, EntityKind.StateOrgan),
            2 or 3 or 4 or 8 => new Mention(bare, EntityKind.ArmedGroup),
            _ => null,
        };
    }

    // "Military Forces of Russia", "Police Forces of Iran": state forces, also when abroad (code 8).
    private static string? StateOf(string name)
    {
        var of = name.IndexOf("Forces of ", StringComparison.Ordinal);
        return of >= 0 ? name[(of + 10)..].Trim() : null;
    }
}
