using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Checks a database path before opening it and turns SQLite errors into messages that say what to do.</summary>
internal static class SqliteFailures
{
    private const int NotADatabase = 26, Corrupt = 11, CantOpen = 14, ReadOnly = 8, Busy = 5, Locked = 6, ForeignKey = 787;

    public static void CheckPath(string path)
    {
        if (Directory.Exists(path))
            throw new StoreException($"{path} is a directory, not a database file: give a file path such as {Path.Combine(path, "entente.db")}");
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new StoreException($"cannot create {path}: the folder {folder} does not exist; create it or choose another --db path");
    }

    public static StoreException Explain(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        NotADatabase => new($"{path} is not an Entente database or is corrupt (file is not a database); choose another --db path or restore a backup", e),
        Corrupt => new($"{path} is not an Entente database or is corrupt (database disk image is malformed); restore a backup", e),
        CantOpen => new($"cannot open {path}: check that the file and its folder are readable and writable", e),
        ReadOnly => new($"{path} is read-only: check its permissions", e),
        _ => new($"{path}: {e.Message}", e),
    };

    public static bool IsMissingReference(SqliteException e) => e.SqliteExtendedErrorCode == ForeignKey;

    /// <summary>Another connection holds the file: waiting longer, or doing without, is the answer.</summary>
    public static bool IsBusy(SqliteException e) => e.SqliteErrorCode is Busy or Locked;

    /// <summary>A file with tables but no schema_version was made by something else; migrating it would mix two schemas.</summary>
    public static async Task RefuseForeignAsync(SqliteConnection c, string path, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'; SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var hasVersion = r.GetInt64(0) > 0;
        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        if (!hasVersion && r.GetInt64(0) > 0)
            throw new StoreException($"{path} is a SQLite database but not an Entente one (it has other tables); choose another --db path");
    }
}
