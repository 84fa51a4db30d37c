namespace Entente.Evaluation;

/// <summary>One annotated document: its raw text, what the gold file says about it, and its claims.</summary>
public sealed record GoldDocument
{
    /// <summary>The document's name: the gold file's name without ".gold.json" ("dev-01").</summary>
    public required string Name { get; init; }

    public required string TextPath { get; init; }
    public required string GoldPath { get; init; }

    /// <summary>The text file as written (UTF-8, without a byte-order mark): evidence offsets point into it.</summary>
    public required string Text { get; init; }

    /// <summary>The publication date extraction is given, when the gold knows it.</summary>
    public DateOnly? Published { get; init; }

    public string? Url { get; init; }
    public string? Topic { get; init; }
    public required IReadOnlyList<GoldClaim> Claims { get; init; }
}
