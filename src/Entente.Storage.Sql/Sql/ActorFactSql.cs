using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// The SQL that keeps the actor_facts table (see <see cref="ActorFact"/>), the same on both providers but for how a
/// date's year is read. It says in SQL what <see cref="ActorFactRows.Of"/> says in C#; the indexed-answer tests hold the
/// two together. The ontology's lists are written into the statements: a changed ontology needs <c>entente reindex</c>.
/// </summary>
internal static class ActorFactSql
{
    public const string Columns = "actor_id, kind, other_id, from_year, to_year";

    /// <summary>One row per fact of each claim in `{rows}` (subject_id, relation, object_id, place_id, certainty, time_from, time_to).</summary>
    private static string Facts(string rows, Func<string, string> year)
    {
        var affirmative = $"certainty IN ({ClaimPairSql.Affirmative})";
        var directed = $"relation NOT IN ({Ids(t => t.Symmetric)})";
        var objectIsPlace = $"relation IN ({Ids(t => t.ObjectIsPlace)})";
        var backing = $"relation IN ({Ids(t => t.Backing)})";
        var client = $"relation IN ({Ids(t => t.Client && !t.Backing)})";
        var pressure = $"relation IN ({Ids(t => t.Pressure)})";
        string Select(string actor, ActorFactKind kind, string other, string where, string from = "0", string to = "0") =>
            $"SELECT {actor} AS actor_id, {(int)kind} AS kind, {other} AS other_id, {from} AS from_year, {to} AS to_year FROM {rows} WHERE {affirmative} AND {where}";
        return string.Join(" UNION ALL ",
            Select("subject_id", ActorFactKind.Place, "place_id", "place_id IS NOT NULL"),
            Select("object_id", ActorFactKind.Place, "place_id", "place_id IS NOT NULL AND object_id IS NOT NULL"),
            Select("subject_id", ActorFactKind.ObjectPlace, "object_id", $"place_id IS NULL AND object_id IS NOT NULL AND {directed} AND {objectIsPlace}"),
            Select("subject_id", ActorFactKind.ObjectHome, "object_id", $"place_id IS NULL AND object_id IS NOT NULL AND {directed} AND NOT {objectIsPlace}"),
            Select("subject_id", ActorFactKind.Client, "object_id", $"object_id IS NOT NULL AND {backing}"),
            Select("object_id", ActorFactKind.Client, "subject_id", $"object_id IS NOT NULL AND {client}"),
            Select("object_id", ActorFactKind.Pressure, "subject_id", $"object_id IS NOT NULL AND {pressure} AND time_from IS NOT NULL AND time_to IS NOT NULL",
                year("time_from"), year("time_to")));
    }

    private static string Aggregate(string rows, Func<string, string> year) =>
        $"SELECT {Columns}, COUNT(*) FROM ({Facts(rows, year)}) f GROUP BY {Columns}";

    /// <summary>Adds the facts of a set of newly stored claim rows (claims stored before would count twice).</summary>
    public static string AddFrom(string rows, Func<string, string> year) =>
        $"INSERT INTO actor_facts ({Columns}, claims) {Aggregate(rows, year)} " +
        $"ON CONFLICT ({Columns}) DO UPDATE SET claims = actor_facts.claims + excluded.claims";

    /// <summary>The facts recomputed from every stored claim.</summary>
    public static string Rebuild(Func<string, string> year) =>
        $"DELETE FROM actor_facts; INSERT INTO actor_facts ({Columns}, claims) {Aggregate("claims", year)}";

    /// <summary>One fact's count added, for facts summed in memory.</summary>
    public const string AddOne =
        $"INSERT INTO actor_facts ({Columns}, claims) VALUES (@a, @k, @o, @f, @t, @n) " +
        $"ON CONFLICT ({Columns}) DO UPDATE SET claims = actor_facts.claims + excluded.claims";

    public static string Select(string actorList) => $"SELECT {Columns}, claims FROM actor_facts WHERE actor_id IN ({actorList})";

    public static string SelectKinds(string kindList) => $"SELECT {Columns}, claims FROM actor_facts WHERE kind IN ({kindList})";

    /// <summary>The year of an ISO date stored as text (SQLite).</summary>
    public static string TextYear(string column) => $"CAST(substr({column}, 1, 4) AS INTEGER)";

    /// <summary>The year of a date column (PostgreSQL).</summary>
    public static string DateYear(string column) => $"CAST(EXTRACT(YEAR FROM {column}) AS integer)";

    /// <summary>Quoted ids of the relation types that hold, or a literal no relation has when none does.</summary>
    private static string Ids(Func<RelationType, bool> holds)
    {
        var ids = RelationTypes.All.Where(holds).Select(t => "'" + t.Id.Replace("'", "''") + "'").ToList();
        return ids.Count == 0 ? "''" : string.Join(", ", ids);
    }
}
