using System.Data.Common;

namespace Entente.Storage.Sql;

/// <summary>
/// Brings a database to the newest schema this code knows, in one transaction, recording each applied
/// version in schema_version. A database with a newer version is refused rather than guessed at.
/// </summary>
internal sealed class Migrator(IReadOnlyList<Migration> migrations, string createVersionTable, string? lockSql = null)
{
    public int Latest => migrations.Max(m => m.Version);

    public async Task MigrateAsync(DbConnection connection, string description, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        // No time limit on the lock or the scripts: a script's work grows with the store (filling a column of a million
        // claims takes minutes), and another opener waits for the one migrating. Cancellation still stops either.
        if (lockSql is not null) await Unlimited(connection.Command(lockSql, tx)).ExecuteNonQueryAsync(ct);
        await connection.Command(createVersionTable, tx).ExecuteNonQueryAsync(ct);
        var current = Convert.ToInt32(await connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", tx).ExecuteScalarAsync(ct));
        if (current > Latest)
            throw new StoreException($"{description} has schema version {current}, but this entente knows only up to {Latest}: upgrade entente to open it");
        foreach (var m in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            if (m.Sql.Length > 0) await Unlimited(connection.Command(m.Sql, tx)).ExecuteNonQueryAsync(ct);
            if (m.Rewrite is not null) await m.Rewrite(connection, tx, ct);
            await connection.Command("INSERT INTO schema_version (version, description) VALUES (@v, @d)", tx)
                .With("@v", m.Version).With("@d", m.Description).ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private static DbCommand Unlimited(DbCommand command)
    {
        command.CommandTimeout = 0;
        return command;
    }
}
