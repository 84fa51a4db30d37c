namespace Entente.Core.Sources;

/// <summary>
/// A document or data set that claims come from. The id is the content hash of the text (or of the
/// data file), so adding the same content twice names the same source.
/// </summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Retrieved { get; init; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>
    /// Admiralty source reliability, A (reliable) to F (cannot be judged). When a source is stored this is the rating it
    /// arrives with (recorded as <see cref="Rating"/>); when it is read, the rating in force (see <see cref="SourceRatings"/>).
    /// </summary>
    public Reliability Reliability { get; init; } = Reliability.F;

    /// <summary>Who gave <see cref="Reliability"/> and when; null for a source nobody has rated.</summary>
    public SourceRating? Rating { get; init; }

    public SourceKind Kind { get; init; } = SourceKind.Article;

    /// <summary>The file name or path it was read from, for messages.</summary>
    public string? Origin { get; init; }

    /// <summary>Normalized text; evidence offsets point into it. Empty for data sets.</summary>
    public string Text { get; init; } = "";
}

public enum SourceKind { Article, Dataset, Analyst }

public enum Reliability { A, B, C, D, E, F }
