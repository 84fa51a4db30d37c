using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>How to load a snapshot: which claims to read from the store (pushed down as a query).</summary>
public sealed record SnapshotOptions
{
    /// <summary>The claims to load; <see cref="ClaimQuery.All"/> for the whole graph.</summary>
    public ClaimQuery Query { get; init; } = ClaimQuery.All;

    /// <summary>Keep claims analysts rejected, marked (<see cref="Core.Claims.VerdictMark"/>), instead of leaving them out.</summary>
    public bool IncludeRejected { get; init; }

    public static readonly SnapshotOptions Default = new();
}
