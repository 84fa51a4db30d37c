namespace Entente.Interchange.Importing;

/// <summary>
/// Reads one file format into import items, one at a time, so memory stays flat whatever the file size.
/// Bad rows come back as <see cref="RowError"/> items; the importer never throws for bad input.
/// </summary>
public interface IImporter
{
    IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, CancellationToken ct = default);
}

/// <summary>What an importer may know about its run: the file name for messages and titles.</summary>
public sealed record ImportContext(string FileName, string Format);
