using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Interchange.Importing;

/// <summary>Everything one file yielded, ready to store in one transaction: the data set as a source, its claims and new entities.</summary>
public sealed record ImportBatch(
    Source Source,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Entity> NewEntities,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyDictionary<string, int> Skipped)
{
    /// <summary>The lines of the skipped rows, by reason (the counts in <see cref="Skipped"/>), so each can be named.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> SkippedLines { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>True when the file gave nothing to store: no claim and no entity (a truncated or foreign file).</summary>
    public bool IsEmpty => ClaimCount == 0 && NewEntities.Count == 0;

    /// <summary>True when the run stopped at an error because it was strict.</summary>
    public bool Aborted { get; init; }

    /// <summary>Sources the file cites for some of its claims (<see cref="ClaimRow.Cited"/>), each once, in file order.</summary>
    public IReadOnlyList<Source> CitedSources { get; init; } = [];

    /// <summary>How many distinct claims the file gave, whether or not <see cref="Claims"/> holds them.</summary>
    public int ClaimCount { get; init; }
}

/// <summary>A bad row, as "file:line: reason".</summary>
public sealed record ImportProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
