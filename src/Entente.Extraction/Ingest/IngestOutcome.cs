namespace Entente.Extraction.Ingest;

public enum IngestStatus { Added, Skipped, Failed }

/// <summary>What happened to one file: added with so many claims, skipped as already ingested, or failed and why (a message naming the file).</summary>
public sealed record IngestOutcome(int Index, int Total, string Path, IngestStatus Status, int Claims = 0, string? Error = null)
{
    /// <summary>"[12/40] file.md: 23 claims", the progress line.</summary>
    public string ProgressLine() => $"[{Index}/{Total}] {System.IO.Path.GetFileName(Path)}: " + Status switch
    {
        IngestStatus.Added => Claims == 1 ? "1 claim" : $"{Claims} claims",
        IngestStatus.Skipped => "already ingested",
        _ => "failed",
    };
}
