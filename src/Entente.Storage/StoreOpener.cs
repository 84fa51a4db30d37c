namespace Entente.Storage;

/// <summary>Opens the store a spec names: a postgres:// (or postgresql://) URL, else a SQLite file path.</summary>
public static class StoreOpener
{
    public static bool IsPostgres(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static async Task<IEntenteStore> OpenAsync(string spec, CancellationToken ct = default) =>
        IsPostgres(spec)
            ? await Postgres.PostgresStore.OpenAsync(spec, ct)
            : await Sqlite.SqliteStore.OpenAsync(spec, ct);
}
