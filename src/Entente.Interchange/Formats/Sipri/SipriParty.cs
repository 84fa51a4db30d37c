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
        if (trimmed.EndsWith("**", StringComparison.Ordinal)) return new Mention(trimmed[..^2].Trim(), EntityKind.Organization);
        if (trimmed.EndsWith('*')) return new Mention(trimmed[..^1].Trim(), EntityKind.ArmedGroup);
        return new Mention(trimmed, EntityKind.State);
    }

    public static Mention Weapon(string designation, string description) =>
        new(designation.Trim(), EntityKind.Materiel) { Category = description.Trim().Length == 0 ? null : description.Trim() };
}
