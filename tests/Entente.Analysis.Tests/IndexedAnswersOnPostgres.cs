using Entente.Storage;
using Entente.Storage.Postgres;
using Entente.TestSupport;

namespace Entente.Analysis.Tests;

/// <summary>The indexed answers on a real PostgreSQL server started for these tests.</summary>
public sealed class IndexedAnswersOnPostgres(PostgresServer server) : IndexedAnswers, IClassFixture<PostgresServer>
{
    private string? _url;

    protected override async Task<IEntenteStore> OpenAsync() => await PostgresStore.OpenAsync(_url ??= await server.CreateDatabaseAsync(Ct), Ct);
}
