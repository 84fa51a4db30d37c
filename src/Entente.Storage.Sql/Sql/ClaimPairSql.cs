using Entente.Core.Ontology;

namespace Entente.Storage.Sql;

/// <summary>
/// The SQL that keeps the claim_pairs table (see <see cref="ClaimPair"/>), the same on both providers. Which
/// certainties are affirmative and which relations symmetric come from the ontology; a changed ontology needs
/// <c>entente reindex</c>, which runs <see cref="Rebuild"/>.
/// </summary>
internal static class ClaimPairSql
{
    /// <summary>'asserted', 'likely', … — the certainties that say a thing happened.</summary>
    public static readonly string Affirmative = Literals(Enum.GetValues<Certainty>().Where(c => c <= Certainty.Possible).Select(c => c.ToId()));

    public static readonly string SymmetricRelations = Literals(RelationTypes.All.Where(t => t.Symmetric).Select(t => t.Id));

    /// <summary>The counts of a set of claim rows, grouped into pairs: `FROM {rows}` must name subject_id, object_id, relation and certainty.</summary>
    public static string Aggregate(string rows) =>
        $"SELECT subject_id, object_id, COUNT(*), SUM(CASE WHEN relation IN ({SymmetricRelations}) THEN 1 ELSE 0 END) FROM {rows} " +
        $"WHERE object_id IS NOT NULL AND certainty IN ({Affirmative}) GROUP BY subject_id, object_id";

    /// <summary>Adds the counts of a set of claim rows to the pairs (the claims must be newly stored, or they count twice).</summary>
    public static string AddFrom(string rows) =>
        $"INSERT INTO claim_pairs (subject_id, object_id, affirmed, affirmed_symmetric) {Aggregate(rows)} " +
        "ON CONFLICT (subject_id, object_id) DO UPDATE SET affirmed = claim_pairs.affirmed + excluded.affirmed, affirmed_symmetric = claim_pairs.affirmed_symmetric + excluded.affirmed_symmetric";

    /// <summary>The pairs recomputed from every stored claim.</summary>
    public static readonly string Rebuild = $"DELETE FROM claim_pairs; INSERT INTO claim_pairs (subject_id, object_id, affirmed, affirmed_symmetric) {Aggregate("claims")}";

    /// <summary>One new claim's pair: one more affirmative claim, symmetric or not.</summary>
    public const string AddOne =
        "INSERT INTO claim_pairs (subject_id, object_id, affirmed, affirmed_symmetric) VALUES (@s, @o, @n, @sym) " +
        "ON CONFLICT (subject_id, object_id) DO UPDATE SET affirmed = claim_pairs.affirmed + excluded.affirmed, affirmed_symmetric = claim_pairs.affirmed_symmetric + excluded.affirmed_symmetric";

    public static bool Counts(Core.Claims.Claim c) => c.Object is not null && c.Certainty <= Certainty.Possible;

    public static bool IsSymmetric(string relation) => RelationTypes.TryGet(relation, out var t) && t.Symmetric;

    private static string Literals(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v.Replace("'", "''") + "'"));
}
