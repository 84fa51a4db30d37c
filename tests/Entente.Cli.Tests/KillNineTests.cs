using Entente.Core.Claims;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// The real CLI process killed with SIGKILL in the middle of ingest and of import: the database must hold whole
/// documents and whole imports only, pass SQLite's integrity check, and a re-run must end with exactly the counts of a
/// run that was never interrupted. One kill each by default; ENTENTE_KILL_ROUNDS asks for more.
/// </summary>
public sealed class KillNineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_KILL_ROUNDS"), out var n) && n > 0 ? n : 1;

    [Fact]
    public async Task Ingest_killed_mid_run_leaves_whole_documents_and_a_rerun_gives_the_clean_counts()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGKILL is sent with Process.Kill on Unix");
        using var dir = new TempDir();
        var docs = WriteDocuments(dir.File("docs"), count: 150);
        var clean = await CountsAfterAsync(dir.File("clean.db"), ["ingest", docs, "--quiet", "--jobs", "1"]);
        for (var round = 0; round < Rounds; round++)
        {
            var db = dir.File($"killed{round}.db");
            // With a progress line per document on stderr, kill once a good number are stored, well before the end.
            await RunUntilKilledAsync(["ingest", docs, "--jobs", "1", "--db", db], err => err.Contains("entente ingest: 40 of 150 documents", StringComparison.Ordinal),
                new Dictionary<string, string> { ["ENTENTE_PROGRESS_SECONDS"] = "0" });
            await AssertConsistentAsync(db, perSourceFrom: dir.File("clean.db"));
            Assert.Equal(clean, await CountsAfterAsync(db, ["ingest", docs, "--quiet", "--jobs", "1"]));
        }
    }

    [Fact]
    public async Task Import_killed_mid_transaction_stores_nothing_and_a_rerun_gives_the_clean_counts()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGKILL is sent with Process.Kill on Unix");
        using var dir = new TempDir();
        var csv = WriteClaimsCsv(dir.File("claims.csv"), rows: 60_000);
        var clean = await CountsAfterAsync(dir.File("clean.db"), ["import", "csv", csv]);
        for (var round = 0; round < Rounds; round++)
        {
            var db = dir.File($"killed{round}.db");
            await (await StoreOpener.OpenAsync(db, Ct)).DisposeAsync();
            // The write-ahead log grows once the import's one transaction is writing claims: kill it then.
            await RunUntilKilledAsync(["import", "csv", csv, "--db", db], _ => new FileInfo(db + "-wal") is { Exists: true, Length: > 1 << 20 });
            await using (var store = await StoreOpener.OpenAsync(db, Ct))
            {
                Assert.Empty(await store.ListSourcesAsync(false, Ct));
                Assert.Equal(0, await store.CountClaimsAsync(ClaimQuery.All, Ct));
            }
            await AssertConsistentAsync(db, perSourceFrom: null);
            Assert.Equal(clean, await CountsAfterAsync(db, ["import", "csv", csv]));
        }
    }

    /// <summary>Runs the CLI to the end on <paramref name="db"/> and returns (sources, claims) stored.</summary>
    private static async Task<(int Sources, long Claims)> CountsAfterAsync(string db, string[] args)
    {
        var (code, _, err) = await CliProcess.RunAsync([.. args, "--db", db], stopWhen: null);
        Assert.True(code == 0, $"entente {string.Join(' ', args)} exited {code}: {err}");
        await using var store = await StoreOpener.OpenAsync(db, Ct);
        return ((await store.ListSourcesAsync(false, Ct)).Count, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    private static async Task RunUntilKilledAsync(string[] args, Func<string, bool> killWhen, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (code, _, err) = await CliProcess.RunAsync(args, killWhen, environment);
        Assert.True(code == 137 || code == -1 || code == 9, $"the process was meant to be killed mid-run but exited {code}: {err}");
    }

    /// <summary>Every stored source has all the claims a clean run gave it (or, without a clean database, none is stored), and the file is sound.</summary>
    private static async Task AssertConsistentAsync(string db, string? perSourceFrom)
    {
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            await c.OpenAsync(Ct);
            await using var check = c.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync(Ct));
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(c);
        }
        if (perSourceFrom is null) return;
        await using var killed = await StoreOpener.OpenAsync(db, Ct);
        await using var clean = await StoreOpener.OpenAsync(perSourceFrom, Ct);
        var sources = await killed.ListSourcesAsync(false, Ct);
        Assert.NotEmpty(sources);
        foreach (var s in sources)
            Assert.Equal(await clean.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }, Ct), await killed.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }, Ct));
    }

    /// <summary>Distinct documents made from the samples, each with a line of its own so no two share a content hash.</summary>
    internal static string WriteDocuments(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        var samples = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "*.md").Order().ToArray();
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"{i:D4}.md"), File.ReadAllText(samples[i % samples.Length]) + $"\n\nCopy {i} for the kill test.\n");
        return dir;
    }

    private static string WriteClaimsCsv(string path, int rows)
    {
        string[] actors = ["Iran", "Russia", "Syria", "Hezbollah", "North Korea", "China", "Venezuela", "Belarus"];
        string[] relations = ["arms-transfer", "training", "agreement", "support", "contact"];
        using var w = new StreamWriter(path);
        w.WriteLine("subject,relation,object,certainty,phase,from,to,materiel,place,evidence,source_title");
        for (var i = 0; i < rows; i++)
            w.WriteLine($"{actors[i % 8]},{relations[i % 5]},{actors[(i / 8 + 1 + i) % 8]},likely,occurred,{1990 + i % 35},,,,\"row {i} of the kill test\",Kill test");
        return path;
    }
}
