using Entente.Core.Ontology;

namespace Entente.Analysis.Hypotheses;

/// <summary>
/// The vocabulary hypotheses are written in: the traits an evidence row can have. Relation rows carry their type,
/// sphere, whether they are affirmed or only denied, persistence and reciprocity; indicator rows whether the
/// profile's indicator is high or low. A hypotheses file naming any other trait is refused.
/// </summary>
public static class EvidenceTraits
{
    public const string Affirmed = "affirmed";
    public const string Denied = "denied";
    public const string Persistent = "persistent";
    public const string OneOff = "one-off";
    public const string Reciprocal = "reciprocal";
    public const string OneWay = "one-way";

    /// <summary>Claims spanning at least this many calendar years make a relation persistent.</summary>
    public const int PersistentYears = 3;

    /// <summary>An indicator at or above this is high, at or below <see cref="IndicatorLow"/> low: the profile's thresholds for strategic and transactional.</summary>
    public const double IndicatorHigh = 0.6;
    public const double IndicatorLow = 0.35;

    /// <summary>The indicators of <see cref="Profile.AllianceIndicators"/>, by id.</summary>
    public static readonly IReadOnlyList<string> Indicators =
        ["breadth", "reciprocity", "persistence-under-pressure", "shared-clients", "institutionalization", "joint-action", "declared-alliance"];

    private static readonly HashSet<string> Plain = [Affirmed, Denied, Persistent, OneOff, Reciprocal, OneWay];

    public static string Relation(string type) => "relation:" + type;
    public static string Sphere(Sphere s) => "sphere:" + s.ToString().ToLowerInvariant();
    public static string Indicator(string id, bool high) => $"indicator:{id}:{(high ? "high" : "low")}";

    /// <summary>Null when the trait is one a row can have; otherwise why not.</summary>
    public static string? Check(string trait)
    {
        if (Plain.Contains(trait)) return null;
        var parts = trait.Split(':');
        return parts switch
        {
            ["relation", var t] => RelationTypes.IsKnown(t) ? null : $"'{t}' is not a relation type of the ontology",
            ["sphere", var s] => RelationTypes.TryParseSphere(s, out _) && s == s.ToLowerInvariant() ? null
                : $"'{s}' is not a sphere ({string.Join(", ", Enum.GetNames<Sphere>().Select(n => n.ToLowerInvariant()))})",
            ["indicator", var id, "high" or "low"] => Indicators.Contains(id) ? null : $"'{id}' is not an indicator ({string.Join(", ", Indicators)})",
            ["indicator", _, var level] => $"an indicator is 'high' or 'low', not '{level}'",
            _ => $"unknown trait '{trait}' (relation:TYPE, sphere:SPHERE, indicator:ID:high|low, {string.Join(", ", Plain)})",
        };
    }
}
