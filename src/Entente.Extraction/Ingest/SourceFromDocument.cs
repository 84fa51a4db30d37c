using Entente.Core.Sources;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Ingest;

/// <summary>The source record a read document becomes: its id and hash, metadata, origin and normalized text.</summary>
public static class SourceFromDocument
{
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
