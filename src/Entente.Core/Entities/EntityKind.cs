namespace Entente.Core.Entities;

/// <summary>The kinds of entity fixed by the ontology; <see cref="EntityKinds"/> maps them to their kebab-case ids.</summary>
public enum EntityKind
{
    State,
    StateOrgan,
    ArmedGroup,
    PoliticalGroup,
    Regime,
    Organization,
    Person,
    Group,
    Materiel,
    Place,
}

public static class EntityKinds
{
    private static readonly (EntityKind Kind, string Id)[] Table =
    [
        (EntityKind.State, "state"),
        (EntityKind.StateOrgan, "state-organ"),
        (EntityKind.ArmedGroup, "armed-group"),
        (EntityKind.PoliticalGroup, "political-group"),
        (EntityKind.Regime, "regime"),
        (EntityKind.Organization, "organization"),
        (EntityKind.Person, "person"),
        (EntityKind.Group, "group"),
        (EntityKind.Materiel, "materiel"),
        (EntityKind.Place, "place"),
    ];

    public static string ToId(this EntityKind kind) => Table.First(t => t.Kind == kind).Id;

    public static bool TryParse(string? id, out EntityKind kind)
    {
        foreach (var (k, i) in Table)
        {
            if (string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static IReadOnlyList<string> AllIds => Table.Select(t => t.Id).ToArray();

    /// <summary>Actors can be subjects of claims; materiel and places only ride on them.</summary>
    public static bool IsActor(this EntityKind kind) => kind is not (EntityKind.Materiel or EntityKind.Place);
}
