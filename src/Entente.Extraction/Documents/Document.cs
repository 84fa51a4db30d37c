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
    public string SourceId => SourceIds.FromHash(ContentHash);

    /// <summary>Maps an offset in <see cref="Text"/> to the original text; identity when nothing was changed.</summary>
    public Func<int, int> ToOriginalOffset { get; init; } = static i => i;

    /// <summary>A document from text alone, for tests and for text given on the command line.</summary>
    public static Document FromText(string text, DocumentMetadata? metadata = null, string origin = "(text)") =>
        new(origin, text, metadata ?? new DocumentMetadata(), Core.Hashing.ContentHash.Of(text));
}

public static class SourceIds
{
    public static string FromHash(string contentHash) => "src-" + contentHash[..20];
}
