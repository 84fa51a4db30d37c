using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>How to load a snapshot: which claims to read from the store (pushed down as a query).</summary>
public sealed record SnapshotOptions
{
    /// <summary>The claims to load; <see cref="ClaimQuery.All"/> for the whole graph.</summary>
    public ClaimQuery Query { get; init; } = ClaimQuery.All;

    public static readonly SnapshotOptions Default = new();
}
