using Entente.Core.Sources;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Storage;

namespace Entente.Web.Ingest;

/// <summary>
/// Ingests one uploaded document: extract claims, then store source, claims and mentioned entities in one
/// transaction. Idempotent: the source id is the content hash, so the same upload twice adds nothing.
/// </summary>
public sealed class DocumentIngestor(IClaimExtractor extractor, IEntenteStore store)
{
    public async Task<UploadResult> IngestAsync(string text, string fileName, CancellationToken ct)
    {
        var title = TitleOf(text) ?? Path.GetFileNameWithoutExtension(fileName);
        var document = Document.FromText(text, new DocumentMetadata { Title = title }, fileName);
        var result = extractor.Extract(document);
        var source = new Source
        {
            Id = document.SourceId,
            Title = title,
            ContentHash = document.ContentHash,
            Kind = SourceKind.Article,
            Origin = fileName,
            Text = document.Text,
        };
        var written = await store.AddDocumentAsync(source, result.Claims, null, ct);
        return new UploadResult(source.Id, title, written.Added, written.ClaimsAdded, result.Claims.Count, result.Mentions.Count);
    }

    /// <summary>The first non-blank line, when it is short enough to be a headline.</summary>
    private static string? TitleOf(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is { Length: > 0 and <= 200 } ? line : null;
    }
}

/// <summary>What an upload did: <c>added</c> is false when the same content was already stored.</summary>
public sealed record UploadResult(string SourceId, string Title, bool Added, int ClaimsAdded, int ClaimsFound, int Mentions);
