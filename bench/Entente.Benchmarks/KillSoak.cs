using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Core.Claims;
using Entente.Storage;

namespace Entente.Benchmarks;

/// <summary>
/// Issue 14's kill test at its full scale (the unit tests run it smaller): the Release CLI is SIGKILLed during `ingest`
/// of 2,000 documents and during the import of a 30 MB claims CSV, three times each, at different points. After each
/// kill the database must pass SQLite's integrity check and hold whole documents only (each stored source has exactly
/// the claims a clean run gave it; the import, one transaction, leaves nothing at all), and a re-run must end with
/// exactly the clean run's counts of sources and claims.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- killsoak [--documents 2000] [--import-mb 30] [--rounds 3] [--only ingest|import]
/// </summary>
public static partial class KillSoak
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var (documents, importMb, rounds) = (Arg("documents", 2000), Arg("import-mb", 30), Arg("rounds", 3));
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var dir = Directory.CreateTempSubdirectory("entente-killsoak-");
        try
        {
            var failures = (only is null or "ingest" ? await IngestAsync(dir.FullName, documents, rounds) : 0)
                + (only is null or "import" ? await ImportAsync(dir.FullName, importMb, rounds) : 0);
            Console.WriteLine(failures == 0 ? "kill soak: every round whole and re-run to the clean counts" : $"kill soak: {failures} rounds FAILED");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static async Task<int> IngestAsync(string dir, int documents, int rounds)
    {
        var docs = WriteDocuments(Path.Combine(dir, "docs"), documents);
        var clean = Path.Combine(dir, "ingest-clean.db");
        var run = await RunToEndAsync(["ingest", docs, "--quiet", "--jobs", "1", "--db", clean]);
        var counts = await CountsAsync(clean);
        Console.WriteLine($"ingest {documents} documents, clean run: {counts.Sources} sources, {counts.Claims} claims in {run.Wall.TotalSeconds:0.0} s");
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            // Kill at a quarter, a half, three quarters of the documents (for three rounds): early, middle, late.
            var at = documents * round / (rounds + 1);
            var db = Path.Combine(dir, $"ingest-killed{round}.db");
            var killed = await ReleaseCli.RunAsync(["ingest", docs, "--jobs", "1", "--db", db],
                (err, _) => LastProgress(err) >= at, new Dictionary<string, string> { ["ENTENTE_PROGRESS_SECONDS"] = "0" });
            var problems = await ProblemsAfterKillAsync(killed, db, clean);
            var after = await CountsAsync(db);
            await RunToEndAsync(["ingest", docs, "--quiet", "--jobs", "1", "--db", db]);
            var rerun = await CountsAsync(db);
            if (rerun != counts) problems.Add($"re-run gave {rerun}, clean {counts}");
            failures += Report($"ingest round {round}: killed at document {LastProgress(killed.Err)} of {documents} after {killed.Wall.TotalSeconds:0.0} s; stored then {after.Sources} whole sources ({after.Claims} claims); re-run {rerun.Sources} sources, {rerun.Claims} claims", problems);
        }
        return failures;
    }

    private static async Task<int> ImportAsync(string dir, int megabytes, int rounds)
    {
        var csv = WriteClaimsCsv(Path.Combine(dir, "claims.csv"), megabytes * 1024L * 1024);
        var size = new FileInfo(csv).Length;
        var clean = Path.Combine(dir, "import-clean.db");
        await CreateAsync(clean);
        var run = await RunToEndAsync(["import", "csv", csv, "--db", clean]);
        var counts = await CountsAsync(clean);
        Console.WriteLine($"import csv of {size / 1048576.0:0.0} MB, clean run: {counts.Sources} sources, {counts.Claims} claims in {run.Wall.TotalSeconds:0.0} s");
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            // The first kill while the rows are checked (nothing written yet); the others while the claims are stored,
            // half way and near the commit (by the progress line's percentage, printed every second).
            var percent = rounds > 1 ? 90 * (round - 1) / (rounds - 1) : 50;
            var db = Path.Combine(dir, $"import-killed{round}.db");
            await CreateAsync(db);
            long wal = 0;
            var killed = await ReleaseCli.RunAsync(["import", "csv", csv, "--db", db], (err, _) =>
            {
                wal = new FileInfo(db + "-wal") is { Exists: true } f ? f.Length : 0;
                return round == 1 ? err.Contains("entente import: checking", StringComparison.Ordinal) : StoredPercent(err) >= percent;
            }, new Dictionary<string, string> { ["ENTENTE_PROGRESS_SECONDS"] = "1" });
            var problems = await ProblemsAfterKillAsync(killed, db, cleanDb: null);
            var after = await CountsAsync(db);
            if (after != (0, 0)) problems.Add($"the killed import left {after.Sources} sources and {after.Claims} claims");
            await RunToEndAsync(["import", "csv", csv, "--db", db]);
            var rerun = await CountsAsync(db);
            if (rerun != counts) problems.Add($"re-run gave {rerun}, clean {counts}");
            failures += Report($"import round {round}: killed {(round == 1 ? "checking rows" : $"storing, at {StoredPercent(killed.Err)}% of the claims")} after {killed.Wall.TotalSeconds:0.0} s (write-ahead log {wal / 1048576.0:0.0} MB); stored then {after.Sources} sources, {after.Claims} claims; re-run {rerun.Sources} sources, {rerun.Claims} claims", problems);
        }
        return failures;
    }

    private static int Report(string line, List<string> problems)
    {
        Console.WriteLine(problems.Count == 0 ? $"{line}: ok" : $"{line}: FAILED: {string.Join("; ", problems)}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>What is wrong with a database after a kill: not killed at all, a failed integrity check, or a source with fewer or more claims than the clean run gave it.</summary>
    private static async Task<List<string>> ProblemsAfterKillAsync(ReleaseCli.Outcome killed, string db, string? cleanDb)
    {
        var problems = new List<string>();
        if (!killed.Killed) problems.Add($"the run ended (exit {killed.Code}) before the kill");
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            await c.OpenAsync();
            await using var check = c.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync() is not "ok" and var result) problems.Add($"integrity check: {result}");
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(c);
        }
        if (cleanDb is null) return problems;
        await using var store = await StoreOpener.OpenAsync(db);
        await using var clean = await StoreOpener.OpenAsync(cleanDb);
        foreach (var s in await store.ListSourcesAsync(false))
        {
            var (have, want) = (await store.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }), await clean.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }));
            if (have != want) problems.Add($"source {s.Id} has {have} claims, {want} in the clean run");
        }
        return problems;
    }

    private static async Task<ReleaseCli.Outcome> RunToEndAsync(string[] args)
    {
        var outcome = await ReleaseCli.RunAsync(args);
        return outcome.Code == 0 ? outcome : throw new InvalidOperationException($"entente {string.Join(' ', args)} exited {outcome.Code}: {outcome.Err}");
    }

    private static async Task CreateAsync(string db) => await (await StoreOpener.OpenAsync(db)).DisposeAsync();

    private static async Task<(int Sources, long Claims)> CountsAsync(string db)
    {
        await using var store = await StoreOpener.OpenAsync(db);
        var counts = ((await store.ListSourcesAsync(false)).Count, await store.CountClaimsAsync(ClaimQuery.All));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return counts;
    }

    [GeneratedRegex(@"entente ingest: ([\d,]+) of")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"entente import: storing .*\((\d+)%\)")]
    private static partial Regex StoringLine();

    /// <summary>The percentage of claims stored on the import's last progress line, or -1 before storing began.</summary>
    private static int StoredPercent(string err) =>
        StoringLine().Matches(err) is { Count: > 0 } m ? int.Parse(m[^1].Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    /// <summary>The last "N of M documents" count ingest printed (a line per document with ENTENTE_PROGRESS_SECONDS=0).</summary>
    private static int LastProgress(string err) =>
        ProgressLine().Matches(err) is { Count: > 0 } m ? int.Parse(m[^1].Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;

    /// <summary>Distinct documents made from the sample corpus, each with a line of its own so no two share a content hash.</summary>
    private static string WriteDocuments(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        var samples = Directory.GetFiles(Path.Combine(ReleaseCli.RepoRoot(), "samples", "corpus"), "*.md").Order().ToArray();
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"{i:D4}.md"), File.ReadAllText(samples[i % samples.Length]) + $"\n\nCopy {i} for the kill soak.\n");
        return dir;
    }

    /// <summary>A claims CSV of about <paramref name="bytes"/> bytes, every row a distinct claim.</summary>
    private static string WriteClaimsCsv(string path, long bytes)
    {
        string[] actors = ["Iran", "Russia", "Syria", "Hezbollah", "North Korea", "China", "Venezuela", "Belarus"];
        string[] relations = ["arms-transfer", "training", "agreement", "support", "contact"];
        using var w = new StreamWriter(path);
        w.WriteLine("subject,relation,object,certainty,phase,from,to,materiel,place,evidence,source_title");
        for (var i = 0; w.BaseStream.Length < bytes; i++)
            w.WriteLine($"{actors[i % 8]},{relations[i % 5]},{actors[(i / 8 + 1 + i) % 8]},likely,occurred,{1990 + i % 35},,,,\"row {i} of the kill soak\",Kill soak");
        return path;
    }
}
