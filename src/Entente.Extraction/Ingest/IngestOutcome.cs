namespace Entente.Extraction.Ingest;

public enum IngestStatus { Added, Skipped, Failed }

/// <summary>What happened to one file: added with so many claims, skipped as already ingested, or failed and why (a message naming the file).</summary>
public sealed record IngestOutcome(int Index, int Total, string Path, IngestStatus Status, int Claims = 0, string? Error = null)
{
    /// <summary>The line of the file a failure is on, when the reader could say (invalid UTF-8 at line 2).</summary>
    public int? Line { get; init; }

    /// <summary>Entities the document named that were new to the store.</summary>
    public int Entities { get; init; }
}
