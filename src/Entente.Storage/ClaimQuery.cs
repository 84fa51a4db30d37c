using Entente.Core.Ontology;

namespace Entente.Storage;

/// <summary>Filters on claims; every set filter must hold. Empty collections mean "any".</summary>
public sealed record ClaimQuery
{
    /// <summary>Claims whose subject or object is one of these entity ids.</summary>
    public IReadOnlyCollection<string> Actors { get; init; } = [];
    public IReadOnlyCollection<string> Subjects { get; init; } = [];
    public IReadOnlyCollection<string> Objects { get; init; } = [];
    public IReadOnlyCollection<string> Relations { get; init; } = [];
    public IReadOnlyCollection<Sphere> Spheres { get; init; } = [];
    public IReadOnlyCollection<Certainty> Certainties { get; init; } = [];
    public IReadOnlyCollection<string> Sources { get; init; } = [];

    /// <summary>Keep claims whose time interval overlaps [From, To]; claims without time are dropped when either is set.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Only claims with one of these ids.</summary>
    public IReadOnlyCollection<string> Ids { get; init; } = [];

    /// <summary>Only claims that no verdict points at (the review queue).</summary>
    public bool UnreviewedOnly { get; init; }

    /// <summary>Only claims some verdict points at: what an index kept without verdicts must be corrected by.</summary>
    public bool ReviewedOnly { get; init; }

    public int? Limit { get; init; }
    public int Offset { get; init; }

    public static readonly ClaimQuery All = new();
}
