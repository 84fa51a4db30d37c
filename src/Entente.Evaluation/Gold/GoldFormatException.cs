namespace Entente.Evaluation;

/// <summary>One thing wrong with a gold folder: the file, the line where there is one, and why.</summary>
public sealed record GoldProblem(string File, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{File} line {line}: {Reason}" : $"{File}: {Reason}";
}

/// <summary>A gold folder, gold file or alias file that cannot be scored against; lists every problem found.</summary>
public sealed class GoldFormatException(IReadOnlyList<GoldProblem> problems)
    : Exception(string.Join("\n", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<GoldProblem> Problems { get; } = problems;
}
