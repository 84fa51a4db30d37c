using System.Data.Common;
using System.Globalization;
using System.Text;
using Entente.Storage.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// SQLite's rows read through the statement itself: each text is decoded from the UTF-8 bytes SQLite holds into a buffer
/// the column keeps, where Microsoft.Data.Sqlite's reader makes a new string of every value. At a million claims the
/// listing lines and theater facts of <c>copresence Russia Iran</c> (754,000 rows, 96 million characters) took 1.01 s and
/// 268 MB of garbage read so, and 0.59 s and 40 MB read here (JIT build, medians of two). The bytes decode as the
/// reader's strings do (invalid UTF-8 becomes U+FFFD), so what a caller reads is the same text.
/// <para>
/// The rows are stepped and read by calling the library with the statement's address (<see cref="SqliteNative"/>), held once
/// for the rows' life: SQLitePCL's calls take and release the statement's handle around each call, which cost as much as
/// the calls themselves (a fifth of reading the 434,000 theater facts of that command).
/// </para>
/// </summary>
internal sealed class SqliteTextRows : TextRows
{
    private readonly DbConnection _connection;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;
    private char[][] _columns = [];

    private SqliteTextRows(DbConnection connection, sqlite3 db, sqlite3_stmt statement)
    {
        (_connection, _db, _statement) = (connection, db, statement);
        // Held until disposed, so the address stays the statement's while the rows use it.
        var held = false;
        statement.DangerousAddRef(ref held);
        _handle = statement.DangerousGetHandle();
    }

    /// <summary>
    /// The statement prepared on <paramref name="c"/> with its parameters bound, or null when a parameter has a type this
    /// binder does not write as Microsoft.Data.Sqlite would (the caller then reads through the data reader).
    /// </summary>
    public static TextRows? TryOpen(DbConnection c, string sql, IEnumerable<KeyValuePair<string, object>> parameters)
    {
        var db = ((SqliteConnection)c).Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        try
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0) throw new ArgumentException($"the statement has no parameter {name}", nameof(parameters));
                var rc = value switch
                {
                    string s => raw.sqlite3_bind_text(statement, index, s),
                    int n => raw.sqlite3_bind_int64(statement, index, n),
                    long n => raw.sqlite3_bind_int64(statement, index, n),
                    // As Microsoft.Data.Sqlite writes a date: ISO text, which is how the store keeps its dates.
                    DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    _ => -1,
                };
                if (rc == -1)
                {
                    statement.Dispose();
                    return null;
                }
                Check(db, rc);
            }
        }
        catch
        {
            statement.Dispose();
            throw;
        }
        return new SqliteTextRows(c, db, statement);
    }

    public override ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var rc = SqliteNative.sqlite3_step(_handle);
        if (rc == raw.SQLITE_ROW) return ValueTask.FromResult(true);
        if (rc == raw.SQLITE_DONE) return ValueTask.FromResult(false);
        Check(_db, rc);
        return ValueTask.FromResult(false);
    }

    public override ReadOnlySpan<char> Text(int column)
    {
        // A NULL has no bytes; a number is given as its text, as for any column read as text.
        var bytes = Bytes(column);
        if (bytes.IsEmpty) return [];
        if (column >= _columns.Length) Array.Resize(ref _columns, column + 1);
        ref var buffer = ref _columns[column];
        // UTF-8 never takes fewer bytes than UTF-16 takes chars.
        if (buffer is null || buffer.Length < bytes.Length) buffer = new char[Math.Max(bytes.Length, 256) * 2];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
    }

    public override int Int32(int column) => SqliteNative.sqlite3_column_int(_handle, column);

    /// <summary>The column's bytes as SQLite holds them, valid until the next step; empty for a NULL.</summary>
    private unsafe ReadOnlySpan<byte> Bytes(int column)
    {
        // The pointer first: asking for it may convert the value, which the length then counts.
        var data = SqliteNative.sqlite3_column_blob(_handle, column);
        return data == 0 ? [] : new ReadOnlySpan<byte>((void*)data, SqliteNative.sqlite3_column_bytes(_handle, column));
    }

    public override async ValueTask DisposeAsync()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
        await _connection.DisposeAsync();
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
