namespace Entente.Core.Entities;

/// <summary>
/// A structural link shipped with the knowledge base ("the IRGC is part of Iran"). Link types use
/// relation ids of the ontology (part-of, proxy-of, affiliate-of, client-of) or "located-in".
/// </summary>
public sealed record EntityLink(string Type, string Target)
{
    /// <summary>A role for people ("Foreign Minister").</summary>
    public string? Role { get; init; }

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>A compact reference to an entity as a claim carries it: id, display name and kind.</summary>
public sealed record EntityRef(string Id, string Name, EntityKind Kind)
{
    public static EntityRef Of(Entity e) => new(e.Id, e.Name, e.Kind);
}
