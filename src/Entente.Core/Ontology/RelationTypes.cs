namespace Entente.Core.Ontology;

/// <summary>
/// The relation-type registry, loaded from the ontology data file (relation-types.tsv, which docs/ontology.md lists),
/// with a member per type (RelationTypes.Members.cs) so code names a type without spelling its id.
/// </summary>
public static partial class RelationTypes
{
    /// <summary>Every type in file order: the order the shipped relation model lays its features out in.</summary>
    public static IReadOnlyList<RelationType> All => Loaded.All;

    public static bool TryGet(string? id, out RelationType type)
    {
        if (id is not null && Loaded.ById.TryGetValue(id, out var t))
        {
            type = t;
            return true;
        }
        type = null!;
        return false;
    }

    public static RelationType Get(string id) =>
        TryGet(id, out var t) ? t : throw new ArgumentException($"'{id}' is not a relation type of the ontology", nameof(id));

    /// <summary>The type with this id, or null when the ontology has none.</summary>
    public static RelationType? Find(string? id) => TryGet(id, out var t) ? t : null;

    public static bool IsKnown(string? id) => id is not null && Loaded.ById.ContainsKey(id);

    /// <summary>Whether <paramref name="id"/> is a known type in every one of <paramref name="groups"/>; an unknown id is in none.</summary>
    public static bool InGroup(string? id, RelationGroups groups) => TryGet(id, out var t) && t.Is(groups);

    /// <summary>The ids of the types in every one of <paramref name="groups"/>, in file order.</summary>
    public static IReadOnlyList<string> IdsIn(RelationGroups groups) => [.. All.Where(t => t.Is(groups)).Select(t => t.Id)];

    public static IEnumerable<RelationType> InSphere(Sphere s) => All.Where(t => t.Sphere == s);

    public static bool TryParseSphere(string? id, out Sphere s) =>
        Enum.TryParse(id, ignoreCase: true, out s) && Enum.IsDefined(s);

    /// <summary>The type a member is named for (ArmsTransfer: arms-transfer); a member the file lacks fails the load.</summary>
    private static RelationType Member(string memberName) =>
        TryGet(KebabCase.FromPascal(memberName), out var t) ? t
            : throw new InvalidOperationException(
                $"RelationTypes.{memberName} names '{KebabCase.FromPascal(memberName)}', which {RelationTypeFile.ResourceName} does not list");

    /// <summary>The file, read once on first use; its own class so the members' initializers always find it loaded.</summary>
    private static class Loaded
    {
        public static readonly IReadOnlyList<RelationType> All = RelationTypeFile.LoadEmbedded();
        public static readonly Dictionary<string, RelationType> ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }
}
