namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// CAMEO event codes to our relation types, most specific code first. Codes are strings ("042", not 42):
/// the leading zero is part of the code. Only codes with a fitting relation are mapped; the rest are
/// reported as unmapped. <see cref="Reversed"/> marks codes whose CAMEO source is our object
/// ("043 host a visit": the host is Actor1, but in a <c>visit</c> the visitor is the subject).
/// </summary>
public static class CameoRelations
{
    private static readonly (string Prefix, string Relation)[] Table =
    [
        ("042", "visit"), ("043", "visit"), ("04", "contact"),
        ("057", "agreement"), ("05", "diplomatic-support"),
        ("061", "economic-cooperation"), ("062", "joint-operation"), ("064", "intelligence-sharing"), ("060", "coordination"),
        ("071", "funding"), ("072", "arms-transfer"), ("074", "protection"), ("07", "support"),
        ("13", "pressure"),
        ("163", "sanction"), ("16", "reduce-relations"),
        ("172", "sanction"), ("17", "interdiction"),
        ("18", "attack"), ("19", "attack"), ("20", "attack"),
    ];

    public static string? RelationFor(string code) =>
        Table.FirstOrDefault(t => code.StartsWith(t.Prefix, StringComparison.Ordinal)).Relation;

    public static bool Reversed(string code) => code.StartsWith("043", StringComparison.Ordinal);
}
