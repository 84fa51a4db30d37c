namespace Entente.Storage;

/// <summary>Opens the store a spec names: a postgres:// (or postgresql://) URL, else a SQLite file path.</summary>
public static class StoreOpener
{
    public static bool IsPostgres(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether there is a database to read: something at a SQLite path (opening says why a directory will not do);
    /// a PostgreSQL server is asked when opened.
    /// </summary>
    public static bool Exists(string spec) =>
        IsPostgres(spec) || Path.Exists(Sqlite.SqliteStore.PathOf(spec));

    /// <summary>Opens a store whose reads refuse a row that does not decode with a <see cref="StoreException"/> naming it.</summary>
    public static Task<IEntenteStore> OpenAsync(string spec, CancellationToken ct = default) => OpenAsync(spec, null, ct);

    /// <summary>Opens a store whose reads skip a row that does not decode and hand it to <paramref name="onUnreadable"/>.</summary>
    public static async Task<IEntenteStore> OpenAsync(string spec, Action<UnreadableRow>? onUnreadable, CancellationToken ct = default) =>
        IsPostgres(spec)
            ? await Postgres.PostgresStore.OpenAsync(spec, onUnreadable, ct)
            : await Sqlite.SqliteStore.OpenAsync(spec, onUnreadable, ct);

    /// <summary>
    /// Opens the job queue of a PostgreSQL store. SQLite is refused: its one writer at a time would make many workers
    /// wait on each other, and `entente ingest --jobs N` already uses every core of one machine.
    /// </summary>
    public static Task<IJobQueue> OpenQueueAsync(string spec, CancellationToken ct = default) =>
        IsPostgres(spec)
            ? Postgres.PostgresJobQueue.OpenAsync(spec, ct)
            : throw new StoreException($"{spec}: the job queue needs a PostgreSQL store (--db postgres://…); on SQLite, run 'entente ingest DIR --jobs N' instead");
}
