using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>
/// SIPRI supplier and recipient names. SIPRI marks non-state armed groups with one asterisk
/// ("Houthi rebels (Yemen)*") and international organizations with two ("NATO**"); others are states.
/// </summary>
public static class SipriParty
{
    public static Mention Of(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith("**", StringComparison.Ordinal)) return Named(trimmed[..^2].Trim(), EntityKind.Organization);
        if (trimmed.EndsWith('*')) return Named(trimmed[..^1].Trim(), EntityKind.ArmedGroup);
        return Named(trimmed, EntityKind.State);
    }

    // "Hezbollah (Lebanon)": the bracketed country helps a reader, not a name lookup.
    private static Mention Named(string name, EntityKind kind)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return new Mention(name, kind) { AltNames = bracket > 0 ? [name[..bracket]] : [] };
    }

    public static Mention Weapon(string designation, string description) =>
        new(designation.Trim(), EntityKind.Materiel) { Category = description.Trim().Length == 0 ? null : description.Trim() };
}
