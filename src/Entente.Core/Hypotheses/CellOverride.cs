namespace Entente.Core.Hypotheses;

/// <summary>How one piece of evidence bears on one hypothesis, in Heuer's analysis of competing hypotheses.</summary>
public enum Consistency { Consistent, Neutral, Inconsistent }

/// <summary>
/// An analyst's judgement on one cell of a pair's hypothesis matrix: evidence row <see cref="Row"/> is
/// <see cref="Cell"/> with hypothesis <see cref="Hypothesis"/>. A record of its own, like a verdict: nothing
/// is overwritten, and the latest override on a cell decides.
/// </summary>
public sealed record CellOverride
{
    public required string Id { get; init; }

    /// <summary>The pair, as its two entity ids in ordinal order joined by "|", so A–B and B–A are one matrix.</summary>
    public required string Pair { get; init; }

    public required string Hypothesis { get; init; }

    /// <summary>The evidence row's stable key: a relation key ("irn|arms-transfer|rus") or "indicator:ID".</summary>
    public required string Row { get; init; }

    public required Consistency Cell { get; init; }
    public required string Analyst { get; init; }

    /// <summary>When it was given; the caller passes the time in (no clock reads in the domain).</summary>
    public required DateTimeOffset At { get; init; }

    public string? Note { get; init; }

    /// <summary>The key of a pair whichever way round it is named.</summary>
    public static string PairKey(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return string.CompareOrdinal(x, y) <= 0 ? $"{x}|{y}" : $"{y}|{x}";
    }
}
