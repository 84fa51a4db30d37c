using System.Runtime.InteropServices;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The library's own entry points (the library SQLitePCL's bundle loads) for a statement's or a connection's address,
/// which the caller holds for as long as it uses them: SQLitePCL's calls take and release the handle around each call.
/// </summary>
internal static unsafe class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>The destructor argument that tells SQLite a bound value stays where it is until the statement is stepped.</summary>
    public const nint Static = 0;

    [DllImport(Library)] public static extern int sqlite3_step(nint statement);

    [DllImport(Library)] public static extern int sqlite3_reset(nint statement);

    [DllImport(Library)] public static extern nint sqlite3_column_blob(nint statement, int column);

    [DllImport(Library)] public static extern int sqlite3_column_bytes(nint statement, int column);

    [DllImport(Library)] public static extern int sqlite3_column_int(nint statement, int column);

    [DllImport(Library)] public static extern int sqlite3_bind_text(nint statement, int index, byte* text, int bytes, nint destructor);

    [DllImport(Library)] public static extern int sqlite3_bind_int64(nint statement, int index, long value);

    [DllImport(Library)] public static extern int sqlite3_bind_null(nint statement, int index);

    [DllImport(Library)] public static extern int sqlite3_changes(nint db);
}
