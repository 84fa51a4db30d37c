using Entente.Extraction.Documents;

namespace Entente.Extraction.Readers;

/// <summary>What a format reader gives back: the document's text before normalization, and its metadata.</summary>
public sealed record RawDocument(string Text, DocumentMetadata Metadata);
