using Entente.Analysis.Relations;
using Entente.Analysis.Rollup;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Analysis.Profile;

/// <summary>One cell of the sphere × year matrix; Year is null for undated claims.</summary>
public sealed record ProfileCell(Sphere Sphere, int? Year, int Claims, int Relations, double Weight);

/// <summary>A sphere's totals and its best evidence (diverse across relations and materiel).</summary>
public sealed record SphereSummary(Sphere Sphere, int Claims, int Relations, double Weight, IReadOnlyList<Evidence> TopEvidence);

/// <summary>An indicator between 0 (transactional) and 1 (strategic); null when the data cannot say.</summary>
public sealed record Indicator(string Id, double? Value, string Basis);

public sealed record AllianceProfile
{
    public required EntityRef A { get; init; }
    public required EntityRef B { get; init; }
    public RollupChain? ChainA { get; init; }
    public RollupChain? ChainB { get; init; }
    public required int Claims { get; init; }
    public required IReadOnlyList<Relation> Relations { get; init; }
    public required IReadOnlyList<ProfileCell> Matrix { get; init; }
    public required IReadOnlyList<SphereSummary> Spheres { get; init; }

    /// <summary>Cooperative spheres (all but hostile) with an affirmed relation.</summary>
    public required int Breadth { get; init; }

    /// <summary>Distinct cooperative relation types affirmed between the pair.</summary>
    public required int Depth { get; init; }

    /// <summary>min/max of the confidence-weighted directed cooperation each way.</summary>
    public required double Reciprocity { get; init; }
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }
    public required int DurationYears { get; init; }
    public required IReadOnlyList<EntityRef> SharedTheaters { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>Mean of the indicators that have a value.</summary>
    public required double StrategicScore { get; init; }

    /// <summary>"strategic-alliance", "mixed" or "transactional"; "insufficient-evidence" under <see cref="AllianceProfiler.MinimumClaims"/> affirmed claims.</summary>
    public required string Assessment { get; init; }
}
