namespace Entente.Core.Ontology;

public enum Sphere { Military, Technology, Economic, Diplomatic, Political, Structural, Hostile }

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
}
