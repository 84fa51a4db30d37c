namespace Entente.Core.Ontology;

public enum Sphere { Military, Technology, Economic, Diplomatic, Political, Structural, Hostile }

public static class SphereTraits
{
    /// <summary>Every sphere but the hostile one is a form of working together; this is the one place that says so.</summary>
    public static bool IsCooperative(this Sphere s) => s != Sphere.Hostile;
}

/// <summary>A relation type of the ontology: its sphere, roles, symmetry and nearest CAMEO code.</summary>
public sealed record RelationType(
    string Id,
    Sphere Sphere,
    string SubjectRole,
    string ObjectRole,
    bool Symmetric,
    string? Cameo)
{
    public string SphereId => Sphere.ToString().ToLowerInvariant();

    /// <summary>
    /// The same claim whichever party comes first: the symmetric types, and a type whose two roles are the same
    /// (economic-cooperation, partner and partner).
    /// </summary>
    public bool Undirected => Symmetric || SubjectRole == ObjectRole;

    /// <summary>Parties working together (arms, money, talks, alliance …) rather than against each other.</summary>
    public bool Cooperative => Sphere.IsCooperative();

    public bool Hostile => !Cooperative;
}
