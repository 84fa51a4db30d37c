using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// `enqueue`, `worker` and `queue status` on the real PostgreSQL server the tests start: several workers store every
/// document exactly once, a worker killed with SIGKILL leaves whole documents only and its job is taken again, and a
/// document that keeps failing is parked with its reason.
/// </summary>
public sealed partial class QueueTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_workers_at_once_store_every_document_exactly_once()
    {
        using var dir = new TempDir();
        var docs = KillNineTests.WriteDocuments(dir.File("docs"), count: 40);
        var url = await server.CreateDatabaseAsync(Ct);
        Assert.Contains("enqueued 40 new, 0 already queued", (await Ok("enqueue", docs, "--db", url)).Out);
        Assert.Contains("enqueued 0 new, 40 already queued", (await Ok("enqueue", docs, "--db", url)).Out);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => Ok("worker", "--once", "--poll", "0.1", "--name", $"w{i}", "--db", url))));

        // Each document was stored by one worker: the workers' own counts add up to the number of files.
        Assert.Equal(40, runs.Sum(r => int.Parse(StoredLine().Match(r.Out).Groups[1].Value)));
        var status = await StatusAsync(url);
        Assert.Equal((0, 0, 40, 0), (status.Pending, status.Running, status.Done, status.Parked));
        Assert.Equal(await CleanCountsAsync(dir, docs), await CountsAsync(url));
    }

    [Fact]
    public async Task A_worker_killed_mid_document_leaves_whole_documents_and_its_job_is_taken_again()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGKILL is sent with Process.Kill on Unix");
        using var dir = new TempDir();
        var docs = KillNineTests.WriteDocuments(dir.File("docs"), count: 60);
        var url = await server.CreateDatabaseAsync(Ct);
        await Ok("enqueue", docs, "--db", url);
        string[] worker = ["worker", "--once", "--lease", "3", "--poll", "0.2", "--max-attempts", "10", "--db", url];
        // A kill can land between two jobs; kill again until one lands while the worker holds a job.
        Status held = new(0, 0, 0, 0);
        for (var round = 1; round <= 5 && held.Running == 0; round++)
        {
            var (code, _, err) = await CliProcess.RunAsync(worker, e => StoredProgress().Count(e) >= 6);
            Assert.True(code is 137 or -1 or 9, $"the worker was meant to be killed mid-run but exited {code}: {err}");
            held = await StatusAsync(url);
        }
        Assert.Equal(1, held.Running);
        // Nothing half-written: a document is stored exactly when its job is done, with all its claims.
        var clean = dir.File("clean.db");
        await Ok("ingest", docs, "--quiet", "--jobs", "1", "--db", clean);
        await AssertWholeDocumentsAsync(url, clean, held.Done);

        // The next worker waits out the dead worker's lease and takes its job.
        await Ok(worker);
        var end = await StatusAsync(url);
        Assert.Equal((0, 0, 60, 0), (end.Pending, end.Running, end.Done, end.Parked));
        Assert.Equal(await CountsOfAsync(clean), await CountsAsync(url));
    }

    [Fact]
    public async Task A_document_that_keeps_failing_is_parked_with_its_reason_and_the_rest_are_stored()
    {
        using var dir = new TempDir();
        var docs = KillNineTests.WriteDocuments(dir.File("docs"), count: 3);
        var url = await server.CreateDatabaseAsync(Ct);
        await Ok("enqueue", docs, "--db", url);
        var changed = Path.Combine(docs, "0001.md");
        await File.AppendAllTextAsync(changed, "\nEdited after it was enqueued.\n", Ct);

        var run = await Ok("worker", "--once", "--max-attempts", "2", "--poll", "0.1", "--db", url);
        Assert.Contains("stored 2 documents", run.Out);
        Assert.Contains("attempt 2 of 2, parked", run.Err);

        var table = (await Ok("queue", "status", "--db", url)).Out;
        Assert.Matches(@"parked\s+1", table);
        Assert.Contains($"{changed} (2 attempts): {changed}: the file changed since it was enqueued", table);
        using var json = JsonDocument.Parse((await Ok("queue", "status", "--format", "json", "--db", url)).Out);
        var parked = Assert.Single(json.RootElement.GetProperty("parked_jobs").EnumerateArray());
        Assert.Contains("changed since it was enqueued", parked.GetProperty("reason").GetString());
        var csv = (await Ok("queue", "status", "--format", "csv", "--db", url)).Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(["state,jobs", "pending,0", "running,0", "done,2", "parked,1"], csv);
        Assert.Equal(2, (await CountsAsync(url)).Sources);
    }

    [Fact]
    public async Task A_worker_renews_its_lease_so_a_document_longer_than_the_lease_is_not_taken_from_it()
    {
        using var dir = new TempDir();
        var docs = dir.File("docs");
        Directory.CreateDirectory(docs);
        // One long article: the sample corpus many times over, which takes more than one and a half three-second leases
        // to extract (about 3 s on a quiet fast machine at 15 copies; 60 give margin). Shorter leases were lost on a
        // loaded two-core machine (one second renewed every third of a second once, two seconds once at a load average
        // of ten, the renewal starved of CPU by the test's other processes): the test is about renewing, not about how
        // late a starved renewal may come.
        var corpus = string.Join("\n\n", Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples", "corpus"), "*.md").Order().Select(File.ReadAllText));
        await File.WriteAllTextAsync(Path.Combine(docs, "long.md"), string.Join("\n\n", Enumerable.Repeat(corpus, 60)), Ct);
        var url = await server.CreateDatabaseAsync(Ct);
        await Ok("enqueue", docs, "--db", url);
        string[] worker = ["worker", "--once", "--lease", "3", "--poll", "0.1", "--db", url];

        var started = DateTime.UtcNow;
        var holder = Task.Run(() => Ok([.. worker, "--name", "holder"]));
        while ((await StatusAsync(url)).Running == 0 && !holder.IsCompleted) await Task.Delay(50, Ct);
        // A second worker polls all along: had the holder's lease lapsed, it would take the job and store the document.
        var other = await Ok([.. worker, "--name", "other"]);
        var held = await holder;
        var elapsed = DateTime.UtcNow - started;

        Assert.True(elapsed > TimeSpan.FromSeconds(4.5), $"the document took {elapsed.TotalSeconds:0.0} s, not more than a lease: the test shows nothing");
        Assert.Contains("stored 1 documents", held.Out);
        Assert.Contains("0 lost to another worker", held.Out);
        Assert.Contains("stored 0 documents", other.Out);
        var end = await StatusAsync(url);
        Assert.Equal((0, 0, 1, 0), (end.Pending, end.Running, end.Done, end.Parked));
    }

    [Fact]
    public async Task A_queue_on_sqlite_is_refused_with_what_to_do_instead()
    {
        using var dir = new TempDir();
        var docs = KillNineTests.WriteDocuments(dir.File("docs"), count: 1);
        var run = await CliHarness.RunAsync("enqueue", docs, "--db", dir.File("x.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the job queue needs a PostgreSQL store", run.Err);
        Assert.Contains("entente ingest DIR --jobs N", run.Err);
        Assert.False(File.Exists(dir.File("x.db")));
    }

    private sealed record Status(long Pending, long Running, long Done, long Parked);

    private static async Task<Status> StatusAsync(string url)
    {
        using var json = JsonDocument.Parse((await Ok("queue", "status", "--format", "json", "--db", url)).Out);
        var r = json.RootElement;
        return new(r.GetProperty("pending").GetInt64(), r.GetProperty("running").GetInt64(), r.GetProperty("done").GetInt64(), r.GetProperty("parked").GetInt64());
    }

    private static async Task<CliHarness.Run> Ok(params string[] args)
    {
        var run = await CliHarness.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"entente {string.Join(' ', args)} exited {run.ExitCode}: {run.Err}");
        return run;
    }

    private static async Task<(int Sources, long Claims)> CleanCountsAsync(TempDir dir, string docs)
    {
        var clean = dir.File("clean.db");
        await Ok("ingest", docs, "--quiet", "--jobs", "1", "--db", clean);
        return await CountsOfAsync(clean);
    }

    private static Task<(int Sources, long Claims)> CountsAsync(string url) => CountsOfAsync(url);

    private static async Task<(int Sources, long Claims)> CountsOfAsync(string spec)
    {
        await using var store = await StoreOpener.OpenAsync(spec, Ct);
        return ((await store.ListSourcesAsync(false, Ct)).Count, await store.CountClaimsAsync(ClaimQuery.All, Ct));
    }

    private static async Task AssertWholeDocumentsAsync(string url, string clean, long done)
    {
        await using var killed = await StoreOpener.OpenAsync(url, Ct);
        await using var reference = await StoreOpener.OpenAsync(clean, Ct);
        var sources = await killed.ListSourcesAsync(false, Ct);
        Assert.Equal(done, sources.Count);
        foreach (var s in sources)
            Assert.Equal(await reference.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }, Ct), await killed.CountClaimsAsync(ClaimQuery.All with { Sources = [s.Id] }, Ct));
    }

    [GeneratedRegex(@"stored (\d+) documents")]
    private static partial Regex StoredLine();

    [GeneratedRegex(@": stored, \d+ claims")]
    private static partial Regex StoredProgress();
}
