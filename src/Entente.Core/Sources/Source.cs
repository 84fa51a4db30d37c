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

    /// <summary>
    /// The file's text as read (decoded, before any normalization), which evidence's <see cref="EvidenceSpan.OriginalStart"/>
    /// and <see cref="EvidenceSpan.OriginalEnd"/> point into; null when it equals <see cref="Text"/> (nothing was rewritten,
    /// so the two kinds of offsets agree) or when the reader keeps no map from its text to the file (a web page whose
    /// text could not be aligned with its markup). For a PDF it is the text its reader gives, page after page.
    /// </summary>
    public string? OriginalText { get; init; }

    /// <summary>
    /// True when <see cref="OriginalText"/> is a web page's markup: evidence's original offsets then cover its words in
    /// the page (tags and entities included) rather than quote them, so quotes are shown and checked in <see cref="Text"/>.
    /// Told by the file's extension, the one that chose the reader.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool OriginalIsMarkup => OriginalText is not null && MarkupExtensions.Contains(Path.GetExtension(Origin ?? "").ToLowerInvariant());

    private static readonly string[] MarkupExtensions = [".html", ".htm", ".xhtml"];

    /// <summary>
    /// The entity mentions extraction found in <see cref="Text"/>, stored with it so the source reader shows them
    /// without extracting again; null when none were stored (a data set, or a source stored before they were kept).
    /// </summary>
    public IReadOnlyList<SourceMention>? Mentions { get; init; }
}

/// <summary>A span of a source's text that names an entity (offsets into <see cref="Source.Text"/>).</summary>
public sealed record SourceMention(int Start, int End, string Text, Entities.EntityRef Entity)
{
    /// <summary>The same span in the file as read (see <see cref="Source.OriginalText"/>); null when the reader keeps no map.</summary>
    public int? OriginalStart { get; init; }

    public int? OriginalEnd { get; init; }
}

public enum SourceKind { Article, Dataset, Analyst }

public enum Reliability { A, B, C, D, E, F }
