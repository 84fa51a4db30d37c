using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Analysis.Graph;

/// <summary>
/// What a query looks at: spheres, a certainty floor, a time window, and whether organs and proxies
/// roll up to their sponsor. Empty collections mean "any".
/// </summary>
public sealed record AnalysisFilter
{
    public IReadOnlyCollection<Sphere> Spheres { get; init; } = [];
    public IReadOnlyCollection<string> Relations { get; init; } = [];

    /// <summary>Keep claims at least this certain (asserted is the strongest); null keeps every certainty.</summary>
    public Certainty? MinCertainty { get; init; }

    /// <summary>Keep claims whose time overlaps [From, To]; undated claims drop out when either is set.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Count every organ or proxy as its sponsor (IRGC → Iran) through part-of and proxy-of links.</summary>
    public bool Rollup { get; init; }

    public static readonly AnalysisFilter None = new();

    /// <summary>True when some claims may fail the filter (roll-up alone keeps every claim).</summary>
    public bool NarrowsClaims => Spheres.Count > 0 || Relations.Count > 0 || MinCertainty is not null || From is not null || To is not null;

    public bool Matches(Claim c) => Matches(c.Relation, c.Certainty, c.Time?.From, c.Time?.To);

    public bool Matches(in ClaimOutline c) => Matches(c.Relation, c.Certainty, c.From, c.To);

    public bool Matches(in ClaimListing c) => Matches(c.Relation, c.Certainty, c.From, c.To);

    private bool Matches(string relation, Certainty certainty, DateOnly? from, DateOnly? to)
    {
        if (Spheres.Count > 0 && !(RelationTypes.TryGet(relation, out var t) && Spheres.Contains(t.Sphere))) return false;
        if (Relations.Count > 0 && !Relations.Contains(relation)) return false;
        if (MinCertainty is { } min && certainty > min) return false;
        if (From is null && To is null) return true;
        if (from is null || to is null) return false;
        return from <= (To ?? DateOnly.MaxValue) && to >= (From ?? DateOnly.MinValue);
    }

    /// <summary>True when both filters keep the same claims the same way (the collections compared as sets).</summary>
    public bool SameAs(AnalysisFilter other) =>
        Spheres.ToHashSet().SetEquals(other.Spheres) && Relations.ToHashSet(StringComparer.Ordinal).SetEquals(other.Relations)
        && (MinCertainty, From, To, Rollup) == (other.MinCertainty, other.From, other.To, other.Rollup);

    /// <summary>Affirmative claims say a thing happened; denied and false ones say it did not.</summary>
    public static bool IsAffirmative(Certainty c) => c <= Certainty.Possible;
}
