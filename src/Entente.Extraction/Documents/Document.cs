using Entente.Core.Claims;
using Entente.Core.Hashing;

namespace Entente.Extraction.Documents;

/// <summary>What a reader found about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }

    /// <summary>The reliability the document gives itself (front matter or meta tag), and which of the two said so.</summary>
    public Core.Sources.Reliability? Reliability { get; init; }
    public string? ReliabilityFrom { get; init; }
}

/// <summary>
/// A document ready for extraction: normalized text (curly quotes, dashes and odd spaces made plain)
/// with a map back to the offsets of the original text, its metadata and its content hash.
/// </summary>
public sealed record Document(string Origin, string Text, DocumentMetadata Metadata, string ContentHash)
{
    /// <summary>The source id every claim of this document carries: derived from the content hash.</summary>
    public string SourceId => Core.Sources.SourceIds.FromHash(ContentHash);

    /// <summary>
    /// The file's text as read (decoded, front matter and all), which <see cref="ToOriginalOffset"/> maps into; null when
    /// the reader keeps no map to the file (a page whose text could not be aligned with its markup).
    /// </summary>
    public string? OriginalText { get; init; }

    /// <summary>
    /// True when <see cref="OriginalText"/> is markup (an HTML page): evidence keeps the normalized words and its original
    /// offsets give the span of the page that covers them, tags and entities included.
    /// </summary>
    public bool OriginalIsMarkup { get; init; }

    /// <summary>
    /// Maps an offset in <see cref="Text"/> to <see cref="OriginalText"/>; identity when nothing was changed. Without an
    /// original text, to the reader's text before normalization (the prose of a page, not the page's markup).
    /// </summary>
    public Func<int, int> ToOriginalOffset { get; init; } = static i => i;

    /// <summary>
    /// The evidence of <c>[start, end)</c> in <see cref="Text"/>: with its offsets in the file and the file's own words
    /// when there is a map, so the quote an analyst reads is the one in the article; else the normalized words alone.
    /// In markup the file's slice is not words, so the normalized words go with the covering span's offsets.
    /// </summary>
    public EvidenceSpan Evidence(int start, int end)
    {
        if (OriginalText is null) return new EvidenceSpan(SourceId, start, end, Text[start..end]);
        var (from, to) = (ToOriginalOffset(start), ToOriginalOffset(end));
        var words = OriginalIsMarkup ? Text[start..end] : OriginalText[from..to];
        return new EvidenceSpan(SourceId, start, end, words) { OriginalStart = from, OriginalEnd = to };
    }

    /// <summary>A document from text alone, for tests and for text given on the command line: the text is its own original.</summary>
    public static Document FromText(string text, DocumentMetadata? metadata = null, string origin = "(text)") =>
        new(origin, text, metadata ?? new DocumentMetadata(), Core.Hashing.ContentHash.Of(text)) { OriginalText = text };
}
