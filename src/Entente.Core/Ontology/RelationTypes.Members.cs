namespace Entente.Core.Ontology;

/// <summary>One member per line of relation-types.tsv, named for its id; the id itself comes from the file.</summary>
public static partial class RelationTypes
{
    public static readonly RelationType ArmsTransfer = Member(nameof(ArmsTransfer));
    public static readonly RelationType ArmsProduction = Member(nameof(ArmsProduction));
    public static readonly RelationType PersonnelDeployment = Member(nameof(PersonnelDeployment));
    public static readonly RelationType Training = Member(nameof(Training));
    public static readonly RelationType JointOperation = Member(nameof(JointOperation));
    public static readonly RelationType BasingAccess = Member(nameof(BasingAccess));
    public static readonly RelationType Protection = Member(nameof(Protection));
    public static readonly RelationType Logistics = Member(nameof(Logistics));
    public static readonly RelationType Recruitment = Member(nameof(Recruitment));
    public static readonly RelationType TechnologyTransfer = Member(nameof(TechnologyTransfer));
    public static readonly RelationType NuclearCooperation = Member(nameof(NuclearCooperation));
    public static readonly RelationType SpaceCooperation = Member(nameof(SpaceCooperation));
    public static readonly RelationType IntelligenceSharing = Member(nameof(IntelligenceSharing));
    public static readonly RelationType Funding = Member(nameof(Funding));
    public static readonly RelationType EconomicCooperation = Member(nameof(EconomicCooperation));
    public static readonly RelationType Agreement = Member(nameof(Agreement));
    public static readonly RelationType DiplomaticSupport = Member(nameof(DiplomaticSupport));
    public static readonly RelationType Contact = Member(nameof(Contact));
    public static readonly RelationType Visit = Member(nameof(Visit));
    public static readonly RelationType Support = Member(nameof(Support));
    public static readonly RelationType RegimeSupport = Member(nameof(RegimeSupport));
    public static readonly RelationType CoupSupport = Member(nameof(CoupSupport));
    public static readonly RelationType Coordination = Member(nameof(Coordination));
    public static readonly RelationType Facilitation = Member(nameof(Facilitation));
    public static readonly RelationType Alliance = Member(nameof(Alliance));
    public static readonly RelationType ClientOf = Member(nameof(ClientOf));
    public static readonly RelationType ProxyOf = Member(nameof(ProxyOf));
    public static readonly RelationType PartOf = Member(nameof(PartOf));
    public static readonly RelationType AffiliateOf = Member(nameof(AffiliateOf));
    public static readonly RelationType Presence = Member(nameof(Presence));
    public static readonly RelationType Attack = Member(nameof(Attack));
    public static readonly RelationType Interdiction = Member(nameof(Interdiction));
    public static readonly RelationType Sanction = Member(nameof(Sanction));
    public static readonly RelationType Pressure = Member(nameof(Pressure));
    public static readonly RelationType Conflict = Member(nameof(Conflict));
    public static readonly RelationType ReduceRelations = Member(nameof(ReduceRelations));
    public static readonly RelationType Occupation = Member(nameof(Occupation));
}
