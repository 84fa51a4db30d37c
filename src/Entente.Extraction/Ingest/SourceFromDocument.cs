using Entente.Core.Sources;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Ingest;

/// <summary>The source record a read document becomes: its id and hash, metadata, origin and normalized text.</summary>
public static class SourceFromDocument
{
    /// <summary>The source of an extracted document, with the mentions extraction found, so the reader never extracts again.</summary>
    public static Source Create(Pipeline.ExtractionResult result, DateOnly retrieved) => Create(result.Document, retrieved) with
    {
        Mentions = result.Mentions.OrderBy(m => m.Start).Select(m => new SourceMention(m.Start, m.End, m.Text, m.Entity)).ToList(),
    };


    public static Source Create(Document document, DateOnly retrieved) => new()
    {
        Id = document.SourceId,
        ContentHash = document.ContentHash,
        Title = document.Metadata.Title ?? Path.GetFileNameWithoutExtension(document.Origin),
        Author = document.Metadata.Author,
        Publisher = document.Metadata.Publisher,
        Url = document.Metadata.Url,
        Published = document.Metadata.Published,
        Retrieved = retrieved,
        Kind = SourceKind.Article,
        Origin = document.Origin,
        Text = document.Text,
    };
}
