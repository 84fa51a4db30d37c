using Entente.Storage;
using Entente.Storage.Sqlite;
using Entente.TestSupport;

namespace Entente.Analysis.Tests;

/// <summary>The indexed answers on a real SQLite file.</summary>
public sealed class IndexedAnswersOnSqlite : IndexedAnswers, IDisposable
{
    private readonly TempDir _dir = new();

    protected override Task<IEntenteStore> OpenAsync() => SqliteStore.OpenAsync(_dir.File("world.db"), Ct);

    public void Dispose() => _dir.Dispose();
}
