using Entente.Core.Ontology;

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
        ("042", RelationTypes.Visit.Id), ("043", RelationTypes.Visit.Id), ("04", RelationTypes.Contact.Id),
        ("057", RelationTypes.Agreement.Id), ("05", RelationTypes.DiplomaticSupport.Id),
        ("061", RelationTypes.EconomicCooperation.Id), ("062", RelationTypes.JointOperation.Id), ("064", RelationTypes.IntelligenceSharing.Id), ("060", RelationTypes.Coordination.Id),
        ("071", RelationTypes.Funding.Id), ("072", RelationTypes.ArmsTransfer.Id), ("074", RelationTypes.Protection.Id), ("07", RelationTypes.Support.Id),
        ("13", RelationTypes.Pressure.Id),
        ("163", RelationTypes.Sanction.Id), ("16", RelationTypes.ReduceRelations.Id),
        ("172", RelationTypes.Sanction.Id), ("17", RelationTypes.Interdiction.Id),
        ("18", RelationTypes.Attack.Id), ("19", RelationTypes.Attack.Id), ("20", RelationTypes.Attack.Id),
    ];

    public static string? RelationFor(string code) =>
        Table.FirstOrDefault(t => code.StartsWith(t.Prefix, StringComparison.Ordinal)).Relation;

    public static bool Reversed(string code) => code.StartsWith("043", StringComparison.Ordinal);
}
