namespace Entente.Analysis.Hypotheses;

/// <summary>Traits that must all hold on an evidence row for the pattern to match ("sphere:military + reciprocal").</summary>
public sealed record TraitPattern(IReadOnlyList<string> Traits)
{
    public bool Matches(IReadOnlySet<string> rowTraits) => Traits.All(rowTraits.Contains);

    public override string ToString() => string.Join(" + ", Traits);
}

/// <summary>One hypothesis about a pair, with the evidence it expects and the evidence it cannot easily explain.</summary>
public sealed record Hypothesis(string Id, string Title, string? Summary, IReadOnlyList<TraitPattern> Consistent, IReadOnlyList<TraitPattern> Inconsistent);
