using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Serialization;

namespace Entente.Storage.Sql;

/// <summary>
/// How a claim is laid out in the claims table: the filterable columns, then the whole claim as JSON
/// (the JSON is what is read back whole; the columns exist for indexes, filters and outlines).
/// </summary>
internal static class ClaimRow
{
    public static readonly string[] Columns =
    [
        "id", "source_id", "subject_id", "relation", "object_id", "sphere", "certainty", "phase",
        "time_from", "time_to", "producer_kind", "producer_name", "confidence", "json", "place_id",
    ];

    public static string ColumnList => string.Join(", ", Columns);

    /// <summary>The column values in <see cref="Columns"/> order; refuses a claim the ontology cannot place.</summary>
    public static object?[] Values(Claim c)
    {
        if (!RelationTypes.TryGet(c.Relation, out var type))
            throw new StoreException($"claim {c.Id} has relation '{c.Relation}', which is not in the ontology; nothing was written");
        if (string.IsNullOrEmpty(c.Id))
            throw new StoreException($"a claim from source {c.SourceId} has no id (use ClaimIds.WithId); nothing was written");
        return
        [
            c.Id, c.SourceId, c.Subject.Id, c.Relation, c.Object?.Id, Ids.Of(type.Sphere), c.Certainty.ToId(), c.Phase.ToId(),
            c.Time?.From, c.Time?.To, Ids.Of(c.Producer.Kind), c.Producer.Name, c.Confidence, EntenteJson.Serialize(c), c.Place?.Id,
        ];
    }

    public static Claim Read(string json) =>
        EntenteJson.Deserialize<Claim>(json) ?? throw new StoreException("a stored claim has empty JSON; the database is damaged");
}
