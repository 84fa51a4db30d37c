using Entente.Analysis.Hypotheses;
using Entente.Analysis.Profile;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Analysis.Briefing;

/// <summary>
/// One numbered citation: the claim's words as quoted, where they stand in the source (character offsets into the file
/// as read where a map to it was kept, else into the stored text; see <see cref="CitationCheck.TextOf"/>), the source's particulars and a link into the workbench's source reader. <see cref="Verified"/> is
/// true when the stored text holds the quote at those offsets, false when it does not, null for a data set,
/// which has no text.
/// </summary>
public sealed record Citation(
    int Number,
    string ClaimId,
    string SourceId,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    Reliability Reliability,
    string Quote,
    int Start,
    int End,
    string Link,
    bool? Verified = null);

/// <summary>A statement of the brief with the citations that support it.</summary>
public sealed record Judgment(string Heading, string Text, IReadOnlyList<int> Citations);

public sealed record Brief
{
    public required EntityRef A { get; init; }
    public required EntityRef B { get; init; }
    public DateOnly? AsOf { get; init; }
    public required Judgment BottomLine { get; init; }
    public required string Phrase { get; init; }
    public required double Probability { get; init; }
    public required string Confidence { get; init; }
    public required string ConfidenceBasis { get; init; }
    public required IReadOnlyList<Judgment> KeyJudgments { get; init; }
    public required AchResult Ach { get; init; }
    public required IReadOnlyList<Judgment> Contradicting { get; init; }
    public required IReadOnlyList<Judgment> Gaps { get; init; }
    public required IReadOnlyList<ProfileCell> HeatMap { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
}
