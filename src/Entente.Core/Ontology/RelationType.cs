using Entente.Core.Entities;

namespace Entente.Core.Ontology;

public enum Sphere { Military, Technology, Economic, Diplomatic, Political, Structural, Hostile }

public static class SphereTraits
{
    /// <summary>Every sphere but the hostile one is a form of working together; the ontology file's stance column agrees, checked at load.</summary>
    public static bool IsCooperative(this Sphere s) => s != Sphere.Hostile;
}

/// <summary>Whether the parties work together or against each other.</summary>
public enum Stance { Cooperative, Hostile }

/// <summary>What the object of a relation may be: another actor, a place, or either (a visit to a state or to a city).</summary>
public enum ObjectKind { Actor, Place, ActorOrPlace }

/// <summary>The groupings analysis and extraction ask a relation type about (relation-types.tsv explains each).</summary>
[Flags]
public enum RelationGroups
{
    None = 0,
    Backing = 1,
    Client = 2,
    Pressure = 4,
    Joint = 8,
    RollsUp = 16,
    Membership = 32,
    Declared = 64,
    Personal = 128,
}

/// <summary>A relation type of the ontology, as one line of relation-types.tsv gives it.</summary>
public sealed record RelationType(
    string Id,
    Sphere Sphere,
    string SubjectRole,
    string ObjectRole,
    bool Symmetric,
    string? Cameo,
    Stance Stance,
    ObjectKind ObjectKind,
    RelationGroups Groups)
{
    public string SphereId => Sphere.ToString().ToLowerInvariant();

    /// <summary>
    /// The same claim whichever party comes first: the symmetric types, and a type whose two roles are the same
    /// (economic-cooperation, partner and partner).
    /// </summary>
    public bool Undirected => Symmetric || SubjectRole == ObjectRole;

    /// <summary>Parties working together (arms, money, talks, alliance …) rather than against each other.</summary>
    public bool Cooperative => Stance == Stance.Cooperative;

    public bool Hostile => !Cooperative;

    /// <summary>The object is a place, never an actor (presence, occupation): where the claim happens.</summary>
    public bool ObjectIsPlace => ObjectKind == ObjectKind.Place;

    /// <summary>A place may stand as the object (presence, occupation, and a visit to a city).</summary>
    public bool ObjectMayBePlace => ObjectKind != ObjectKind.Actor;

    /// <summary>
    /// Whether an entity of this kind can be the object: where the object is a place, a state or a place, never an
    /// organization, a group or a person ("the group controlled by its founder" occupies nobody).
    /// </summary>
    public bool AcceptsObject(EntityKind kind) => !ObjectIsPlace || kind is EntityKind.State or EntityKind.Place;

    /// <summary>The subject backs the object: the object is the subject's client.</summary>
    public bool Backing => Is(RelationGroups.Backing);

    /// <summary>The subject is the object's client (or proxy): the object is the patron.</summary>
    public bool Client => Is(RelationGroups.Client);

    /// <summary>Pressure short of force: sanctions, interdiction, demands, downgraded ties.</summary>
    public bool Pressure => Is(RelationGroups.Pressure);

    /// <summary>The parties act together (joint operations, coordination).</summary>
    public bool Joint => Is(RelationGroups.Joint);

    /// <summary>The object answers for the subject: an organ's claims count for its state, a proxy's for its sponsor.</summary>
    public bool RollsUp => Is(RelationGroups.RollsUp);

    /// <summary>The subject belongs to the object.</summary>
    public bool Membership => Is(RelationGroups.Membership);

    /// <summary>A party performs it by announcing it ("China said it will sanction the firms" is the sanction).</summary>
    public bool Declared => Is(RelationGroups.Declared);

    /// <summary>A person as the object is that person, not the body they serve (a sanction on an official).</summary>
    public bool Personal => Is(RelationGroups.Personal);

    public bool Is(RelationGroups group) => (Groups & group) == group;

    public override string ToString() => Id;
}
