using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;
using Entente.Web.Hosting;

namespace Entente.Web.Tests;

/// <summary>
/// A real workbench server on a free loopback port over a fresh SQLite database holding <see cref="FixtureCorpus"/>;
/// subclasses may fill the database otherwise (<see cref="LoadAsync"/>).
/// </summary>
public class WorkbenchFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    public static readonly KnowledgeBase Knowledge = KnowledgeBase.Load();
    public static readonly ExtractionPipeline Extractor = ExtractionPipeline.CreateDefault(Knowledge);

    public RunningWorkbench Server { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public StoppedClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    public string DatabasePath => _dir.File("entente.db");

    protected virtual string? Token => null;

    public virtual async ValueTask InitializeAsync()
    {
        await LoadAsync();
        Server = await WorkbenchServer.StartAsync(new WorkbenchOptions
        {
            Database = DatabasePath,
            Port = 0,
            Token = Token,
            Clock = Clock,
            Knowledge = Knowledge,
            Extractor = Extractor,
            MaxUploadBytes = 64 * 1024,
            Analyst = "tester",
        });
        Client = new HttpClient { BaseAddress = Server.Url };
        if (Token is not null) Client.DefaultRequestHeaders.Add("X-Entente-Token", Token);
    }

    /// <summary>Fills the fresh database before the server starts.</summary>
    protected virtual async Task LoadAsync()
    {
        await using var store = await StoreOpener.OpenAsync(DatabasePath);
        await FixtureCorpus.LoadAsync(store, Knowledge);
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same server with an access token set.</summary>
public sealed class TokenWorkbenchFixture : WorkbenchFixture
{
    public const string Secret = "test-token-7f3a";
    protected override string? Token => Secret;
}

/// <summary>A clock that stands still unless a test moves it: verdict times are then known.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
