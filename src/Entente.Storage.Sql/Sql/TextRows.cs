using System.Data.Common;

namespace Entente.Storage.Sql;

/// <summary>
/// The rows of one query, read column by column as text without a string for each value: a hub's listing reads hundreds
/// of thousands of rows, of which the readers keep a few fields and look the rest up among texts they already hold.
/// A text is valid until the next <see cref="ReadAsync"/>; each column has its own, so two columns of one row can be
/// held at once. It owns its connection and statement and closes both when disposed.
/// </summary>
internal abstract class TextRows : IAsyncDisposable
{
    public abstract ValueTask<bool> ReadAsync(CancellationToken ct);

    /// <summary>A column's value as text; a NULL is empty.</summary>
    public abstract ReadOnlySpan<char> Text(int column);

    public abstract int Int32(int column);

    public abstract ValueTask DisposeAsync();
}

/// <summary>Any provider's rows, through its data reader: a string per value, as ADO.NET reads them.</summary>
internal sealed class ReaderTextRows(DbConnection connection, DbCommand command, DbDataReader reader) : TextRows
{
    public static async Task<TextRows> OpenAsync(DbConnection c, string sql, IEnumerable<KeyValuePair<string, object>> parameters, CancellationToken ct)
    {
        var cmd = c.Command(sql).With(parameters);
        try
        {
            return new ReaderTextRows(c, cmd, await cmd.ExecuteReaderAsync(ct));
        }
        catch
        {
            await cmd.DisposeAsync();
            await c.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask<bool> ReadAsync(CancellationToken ct) => await reader.ReadAsync(ct);

    public override ReadOnlySpan<char> Text(int column) => reader.IsDBNull(column) ? [] : reader.GetString(column);

    public override int Int32(int column) => reader.GetInt32(column);

    public override async ValueTask DisposeAsync()
    {
        await reader.DisposeAsync();
        await command.DisposeAsync();
        await connection.DisposeAsync();
    }
}
