namespace Entente.Core.Ontology;

/// <summary>The relation-type registry, exactly as ../shared/spec/ontology.md lists it.</summary>
public static class RelationTypes
{
    private static RelationType T(string id, Sphere s, string subj, string obj, string? cameo, bool sym = false) =>
        new(id, s, subj, obj, sym, cameo);

    public static readonly IReadOnlyList<RelationType> All =
    [
        T("arms-transfer", Sphere.Military, "supplier", "recipient", "072"),
        T("arms-production", Sphere.Military, "licensor", "producer", "062"),
        T("personnel-deployment", Sphere.Military, "sender", "supported party", "072"),
        T("training", Sphere.Military, "trainer", "trainee", "062"),
        T("joint-operation", Sphere.Military, "partner", "partner", "062", sym: true),
        T("basing-access", Sphere.Military, "host", "user", "062"),
        T("protection", Sphere.Military, "protector", "protected", "074"),
        T("logistics", Sphere.Military, "carrier", "beneficiary", "062"),
        T("recruitment", Sphere.Military, "recruiter", "recruited", "062"),
        T("technology-transfer", Sphere.Technology, "giver", "receiver", "062"),
        T("nuclear-cooperation", Sphere.Technology, "helper", "helped", "062"),
        T("space-cooperation", Sphere.Technology, "launcher", "client", "061"),
        T("intelligence-sharing", Sphere.Technology, "provider", "receiver", "064"),
        T("funding", Sphere.Economic, "funder", "funded", "071"),
        T("economic-cooperation", Sphere.Economic, "partner", "partner", "061"),
        T("agreement", Sphere.Diplomatic, "party", "party", "057", sym: true),
        T("diplomatic-support", Sphere.Diplomatic, "supporter", "supported", "051"),
        T("contact", Sphere.Diplomatic, "party", "party", "040", sym: true),
        T("visit", Sphere.Diplomatic, "visitor", "host", "042"),
        T("support", Sphere.Political, "supporter", "supported", "070"),
        T("regime-support", Sphere.Political, "supporter", "regime", "070"),
        T("coup-support", Sphere.Political, "backer", "country of the coup", "070"),
        T("coordination", Sphere.Political, "party", "party", "060", sym: true),
        T("facilitation", Sphere.Political, "broker", "beneficiary", "050"),
        T("alliance", Sphere.Structural, "ally", "ally", "057", sym: true),
        T("client-of", Sphere.Structural, "client", "patron", null),
        T("proxy-of", Sphere.Structural, "proxy", "sponsor", null),
        T("part-of", Sphere.Structural, "member", "whole", null),
        T("affiliate-of", Sphere.Structural, "affiliate", "organization", null),
        T("presence", Sphere.Structural, "actor", "place", null),
        T("attack", Sphere.Hostile, "attacker", "target", "190"),
        T("interdiction", Sphere.Hostile, "interdictor", "target", "171"),
        T("sanction", Sphere.Hostile, "sanctioner", "target", "163"),
        T("pressure", Sphere.Hostile, "presser", "target", "130"),
        T("conflict", Sphere.Hostile, "party", "party", "190", sym: true),
        T("reduce-relations", Sphere.Hostile, "actor", "target", "160"),
        T("occupation", Sphere.Hostile, "occupier", "place", "1721"),
    ];

    private static readonly Dictionary<string, RelationType> ById = All.ToDictionary(t => t.Id);

    public static bool TryGet(string? id, out RelationType type)
    {
        if (id is not null && ById.TryGetValue(id, out var t))
        {
            type = t;
            return true;
        }
        type = null!;
        return false;
    }

    public static RelationType Get(string id) =>
        TryGet(id, out var t) ? t : throw new ArgumentException($"'{id}' is not a relation type of the ontology", nameof(id));

    public static bool IsKnown(string? id) => id is not null && ById.ContainsKey(id);

    public static IEnumerable<RelationType> InSphere(Sphere s) => All.Where(t => t.Sphere == s);

    public static bool TryParseSphere(string? id, out Sphere s) =>
        Enum.TryParse(id, ignoreCase: true, out s) && Enum.IsDefined(s);
}
