using Entente.Extraction.Documents;
using Entente.Extraction.Normalization;

namespace Entente.Extraction.Readers;

/// <summary>
/// What a format reader gives back: the document's text before normalization, and its metadata. A reader whose text is a
/// stretch of the file's own characters also gives the file's text and the map from its text into it, so that evidence
/// can point into the file as read. An HTML page is mapped too, but its slices are markup, not words (<see cref="FileIsMarkup"/>).
/// </summary>
public sealed record RawDocument(string Text, DocumentMetadata Metadata)
{
    /// <summary>The file's decoded text, which <see cref="ToFile"/> maps <see cref="Text"/> into; null without a map.</summary>
    public string? File { get; init; }

    public OffsetMap? ToFile { get; init; }

    /// <summary>
    /// True when the file is markup whose slices are not the text's words (an HTML page: tags, entities): evidence then
    /// keeps the text's words and its original offsets give the span of the file that covers them.
    /// </summary>
    public bool FileIsMarkup { get; init; }

    /// <summary>A text that is the file's from <paramref name="start"/> on, unchanged: front matter is the only thing cut.</summary>
    public static RawDocument Tail(string file, int start, DocumentMetadata metadata)
    {
        var map = new OffsetMap.Builder();
        map.Run(start, file.Length - start);
        return new RawDocument(file[start..], metadata) { File = file, ToFile = map.Build(file.Length) };
    }
}
