namespace Entente.Synthetic;

/// <summary>The size and seed of a synthetic graph; the same options always give the same claims.</summary>
public sealed record SyntheticOptions
{
    public required int Claims { get; init; }
    public int Seed { get; init; } = 1;

    /// <summary>Synthetic actors added to the knowledge-base actors; default one per 400 claims, at least 50.</summary>
    public int? Actors { get; init; }
    public int ClaimsPerSource { get; init; } = 50;

    /// <summary>Zipf exponent of how often an actor is named: about 1 gives the few hubs and long tail of real reporting.</summary>
    public double Skew { get; init; } = 1.0;

    public int ActorCount => Actors ?? Math.Max(50, Claims / 400);
}
