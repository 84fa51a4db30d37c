using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>
/// How score.py compares triples: per document, on unique (subject, relation, object) keys after alias
/// resolution, where an undirected relation matches in either order.
/// </summary>
public static class MatchingRules
{
    /// <summary>
    /// Relations matched in either order: the ontology's symmetric types, and any type whose two roles are the
    /// same (economic-cooperation, partner and partner, which the ontology writes with a direction). Together
    /// they are score.py's SYMMETRIC set; a test holds the two to each other.
    /// </summary>
    public static bool IsUndirected(string relation) =>
        RelationTypes.TryGet(relation, out var type) && type.Undirected;

    /// <summary>The key a triple is matched by: an undirected relation's two parties in code-point order.</summary>
    public static GoldTriple Key(string subject, string relation, string obj) =>
        IsUndirected(relation) && CompareCodePoints(subject, obj) > 0 ? new(obj, relation, subject) : new(subject, relation, obj);

    public static GoldTriple Key(GoldTriple triple) => Key(triple.Subject, triple.Relation, triple.Object);

    /// <summary>Python's string order: by code point (ordinal UTF-16 order differs above U+FFFF).</summary>
    private static int CompareCodePoints(string a, string b)
    {
        var x = a.EnumerateRunes();
        var y = b.EnumerateRunes();
        while (true)
        {
            var hasX = x.MoveNext();
            var hasY = y.MoveNext();
            if (!hasX || !hasY) return hasX.CompareTo(hasY);
            var c = x.Current.Value.CompareTo(y.Current.Value);
            if (c != 0) return c;
        }
    }
}
