namespace Entente.Storage.Sql;

/// <summary>
/// Decodes stored rows one at a time. With a handler a row that does not decode is reported with its id and
/// skipped; without one it is a <see cref="StoreException"/> naming the row, so a caller that asked for no
/// skipping gets a clear error rather than a serializer's stack trace.
/// </summary>
internal sealed class RowDecoder(Action<UnreadableRow>? onUnreadable)
{
    public bool TryDecode<T>(string table, string id, Func<T> decode, out T value) => TryDecode(table, id, decode, static d => d(), out value);

    /// <summary>
    /// As <see cref="TryDecode{T}(string, string, Func{T}, out T)"/>, with what the decoder reads passed in rather than
    /// captured: a hub's hundreds of thousands of rows then make no closure each.
    /// </summary>
    public bool TryDecode<TState, T>(string table, string id, TState state, Func<TState, T> decode, out T value)
    {
        try
        {
            value = decode(state);
            return true;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            var row = new UnreadableRow(table, id, e.Message.ReplaceLineEndings(" "));
            if (onUnreadable is null) throw new StoreException($"the {table} row {id} cannot be read ({row.Reason}); the database is damaged or was written by a newer entente", e);
            onUnreadable(row);
            value = default!;
            return false;
        }
    }
}
