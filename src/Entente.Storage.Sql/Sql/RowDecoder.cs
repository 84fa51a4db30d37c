namespace Entente.Storage.Sql;

/// <summary>
/// Decodes stored rows one at a time. With a handler a row that does not decode is reported with its id and
/// skipped; without one it is a <see cref="StoreException"/> naming the row, so a caller that asked for no
/// skipping gets a clear error rather than a serializer's stack trace.
/// </summary>
internal sealed class RowDecoder(Action<UnreadableRow>? onUnreadable)
{
    public bool TryDecode<T>(string table, string id, Func<T> decode, out T value)
    {
        try
        {
            value = decode();
            return true;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            value = default!;
            return Unreadable(table, id, e);
        }
    }

    /// <summary>
    /// As above, for a row whose text lives in a reader's buffer (<see cref="TextRows"/>): the parser is given the row
    /// rather than a closure over it, which a hub's hundreds of thousands of rows would make one each.
    /// </summary>
    public bool TryDecode<T>(string table, string id, ReadOnlySpan<char> row, RowParser<T> parse, out T value)
    {
        try
        {
            value = parse(row, id);
            return true;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            value = default!;
            return Unreadable(table, id, e);
        }
    }

    private bool Unreadable(string table, string id, Exception e)
    {
        var row = new UnreadableRow(table, id, e.Message.ReplaceLineEndings(" "));
        if (onUnreadable is null) throw new StoreException($"the {table} row {id} cannot be read ({row.Reason}); the database is damaged or was written by a newer entente", e);
        onUnreadable(row);
        return false;
    }
}

/// <summary>Reads one joined row, given its id (already read from its head).</summary>
internal delegate T RowParser<T>(ReadOnlySpan<char> row, string id);
