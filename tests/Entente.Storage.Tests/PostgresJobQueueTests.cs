using Entente.Storage.Postgres;
using Entente.TestSupport;

namespace Entente.Storage.Tests;

/// <summary>
/// The lease of the job queue: a worker whose lease ran out and whose job another worker took writes nothing when it
/// finishes late, and the holder's document and done mark commit together. A lease given as already run out makes the
/// takeover happen without waiting.
/// </summary>
public sealed class PostgresJobQueueTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan RunOut = TimeSpan.FromSeconds(-1);

    [Fact]
    public async Task A_worker_that_lost_its_lease_writes_nothing_and_the_holder_stores_the_document_once()
    {
        var url = await server.CreateDatabaseAsync(Ct);
        await using var queue = await PostgresJobQueue.OpenAsync(url, Ct);
        Assert.True(await queue.EnqueueAsync("/docs/a.md", "hash-a", Ct));
        Assert.False(await queue.EnqueueAsync("/elsewhere/a-copy.md", "hash-a", Ct));

        var late = await queue.TakeAsync("late", RunOut, maxAttempts: 5, Ct);
        var holder = await queue.TakeAsync("holder", TimeSpan.FromMinutes(5), maxAttempts: 5, Ct);
        Assert.NotNull(late);
        Assert.Equal((late.Id, 2), (holder!.Id, holder.Attempts));
        Assert.Null(await queue.TakeAsync("third", TimeSpan.FromMinutes(5), maxAttempts: 5, Ct));

        var source = Samples.Article();
        var claims = new[] { Samples.Claim(source, Samples.Iran, "arms-transfer", Samples.Russia) };
        Assert.Null(await queue.CompleteAsync(late, source, claims, [], Ct));
        await using (var store = await StoreOpener.OpenAsync(url, Ct))
            Assert.Empty(await store.ListSourcesAsync(false, Ct));

        var written = await queue.CompleteAsync(holder, source, claims, [], Ct);
        Assert.Equal((true, 1), (written!.Added, written.ClaimsAdded));
        Assert.Equal(new QueueCounts(0, 0, 1, 0), await queue.CountAsync(Ct));
    }

    [Fact]
    public async Task A_renewed_lease_keeps_the_job_and_a_lease_taken_over_is_not_renewed()
    {
        var url = await server.CreateDatabaseAsync(Ct);
        await using var queue = await PostgresJobQueue.OpenAsync(url, Ct);
        await queue.EnqueueAsync("/docs/long.md", "hash-long", Ct);
        await queue.EnqueueAsync("/docs/slow.md", "hash-slow", Ct);

        // A lease that ran out but was not taken yet is renewed; then no one else takes the job.
        var kept = await queue.TakeAsync("keeper", RunOut, maxAttempts: 5, Ct);
        Assert.True(await queue.RenewAsync(kept!, TimeSpan.FromMinutes(5), Ct));
        var next = await queue.TakeAsync("other", RunOut, maxAttempts: 5, Ct);
        Assert.NotEqual(kept!.Id, next!.Id);

        // The second job's lease ran out and a third worker took it: its first holder renews nothing and stores nothing.
        var taker = await queue.TakeAsync("taker", TimeSpan.FromMinutes(5), maxAttempts: 5, Ct);
        Assert.Equal(next.Id, taker!.Id);
        Assert.False(await queue.RenewAsync(next, TimeSpan.FromMinutes(5), Ct));
        Assert.Null(await queue.TakeAsync("fourth", TimeSpan.FromMinutes(5), maxAttempts: 5, Ct));

        var source = Samples.Article();
        Assert.NotNull(await queue.CompleteAsync(kept, source, [Samples.Claim(source, Samples.Iran, "arms-transfer", Samples.Russia)], [], Ct));
        Assert.False(await queue.RenewAsync(kept, TimeSpan.FromMinutes(5), Ct));
        Assert.Equal(new QueueCounts(0, 1, 1, 0), await queue.CountAsync(Ct));
    }

    [Fact]
    public async Task A_failing_job_is_retried_then_parked_with_its_reason()
    {
        var url = await server.CreateDatabaseAsync(Ct);
        await using var queue = await PostgresJobQueue.OpenAsync(url, Ct);
        await queue.EnqueueAsync("/docs/bad.md", "hash-bad", Ct);

        var first = await queue.TakeAsync("w", TimeSpan.FromMinutes(5), maxAttempts: 2, Ct);
        await queue.FailAsync(first!, "unreadable", maxAttempts: 2, Ct);
        Assert.Equal(new QueueCounts(1, 0, 0, 0), await queue.CountAsync(Ct));
        var again = await queue.TakeAsync("w", TimeSpan.FromMinutes(5), maxAttempts: 2, Ct);
        Assert.Equal(2, again!.Attempts);
        await queue.FailAsync(again, "unreadable again", maxAttempts: 2, Ct);

        Assert.Equal(new QueueCounts(0, 0, 0, 1), await queue.CountAsync(Ct));
        var parked = Assert.Single(await queue.ListParkedAsync(Ct));
        Assert.Equal(("/docs/bad.md", 2, "unreadable again"), (parked.Path, parked.Attempts, parked.Reason));
    }

    [Fact]
    public async Task A_job_whose_workers_died_on_every_attempt_is_parked_instead_of_taken_again()
    {
        var url = await server.CreateDatabaseAsync(Ct);
        await using var queue = await PostgresJobQueue.OpenAsync(url, Ct);
        await queue.EnqueueAsync("/docs/kills-workers.md", "hash-k", Ct);
        // Two takes under leases that run out, as two workers killed mid-document leave it.
        Assert.NotNull(await queue.TakeAsync("w1", RunOut, maxAttempts: 2, Ct));
        Assert.NotNull(await queue.TakeAsync("w2", RunOut, maxAttempts: 2, Ct));

        Assert.Null(await queue.TakeAsync("w3", TimeSpan.FromMinutes(5), maxAttempts: 2, Ct));
        var parked = Assert.Single(await queue.ListParkedAsync(Ct));
        Assert.Contains("no worker finished it in 2 attempts", parked.Reason);
    }
}
