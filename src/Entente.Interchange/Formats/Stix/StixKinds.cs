using Entente.Core.Entities;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// Our entity kinds and STIX object types. States, organs, regimes, parties and organizations are
/// identities of class "organization", people are "individual" identities, armed groups and other
/// groups are threat actors, places are locations. Materiel has no STIX object: it rides on the
/// relationship as <c>x_entente_materiel</c>. The exact kind travels as <c>x_entente_kind</c>.
/// </summary>
public static class StixKinds
{
    public static string? TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.ArmedGroup or EntityKind.Group => "threat-actor",
        EntityKind.Place => "location",
        EntityKind.Materiel => null,
        _ => "identity",
    };

    /// <summary>Our kind for a STIX object that did not come from us (no x_entente_kind).</summary>
    public static EntityKind KindOf(string type, string? identityClass) => type switch
    {
        "threat-actor" or "intrusion-set" => EntityKind.Group,
        "location" => EntityKind.Place,
        _ => identityClass == "individual" ? EntityKind.Person : EntityKind.Organization,
    };

    public static readonly HashSet<string> EntityTypes = ["identity", "threat-actor", "intrusion-set", "location"];
}
