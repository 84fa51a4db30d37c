namespace Entente.Storage;

/// <summary>
/// A stored row that cannot be decoded: damaged by hand or by a disk, or written by a newer entente. A store opened
/// with a handler for these skips such a row and hands it over, so one bad row never sinks a whole read.
/// </summary>
public sealed record UnreadableRow(string Table, string Id, string Reason)
{
    public override string ToString() => $"skipped unreadable {Table} row {Id}: {Reason}";
}
