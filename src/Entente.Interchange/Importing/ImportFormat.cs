namespace Entente.Interchange.Importing;

/// <summary>A named import format: the CLI word, the title used for sources, and the reader.</summary>
public sealed record ImportFormat(string Name, string Title, IImporter Importer);
