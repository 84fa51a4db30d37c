using Entente.Core.Sources;

namespace Entente.Interchange.Importing;

/// <summary>
/// A named import format: the CLI word, the title used for sources, the reader, and who publishes such data sets with
/// the reliability an import gives them unless the analyst says otherwise (and why).
/// </summary>
public sealed record ImportFormat(string Name, string Title, IImporter Importer, string? Publisher, Reliability Reliability, string RatingReason);
