using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Tests;

public sealed class OrderedParallelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var x in source) list.Add(x);
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Results_come_back_in_the_order_of_the_input_however_long_each_takes(int jobs)
    {
        // Early items are the slowest, so on several threads later ones finish first.
        var items = Enumerable.Range(0, 40).ToList();
        var results = await All(OrderedParallel.Map(items, jobs, i =>
        {
            Thread.Sleep(i < 10 ? 20 - 2 * i : 0);
            return i * i;
        }, Ct));
        Assert.Equal(items.Select(i => i * i), results);
    }

    [Fact]
    public async Task No_more_than_jobs_run_at_once_and_no_more_than_twice_jobs_are_begun_ahead()
    {
        const int jobs = 3;
        int running = 0, mostRunning = 0, begun = 0, handedBack = 0, mostAhead = 0;
        var gate = new object();
        await foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 60), jobs, i =>
        {
            lock (gate)
            {
                running++;
                begun++;
                mostRunning = Math.Max(mostRunning, running);
                mostAhead = Math.Max(mostAhead, begun - handedBack);
            }
            Thread.Sleep(2);
            lock (gate) running--;
            return i;
        }, Ct))
            lock (gate) handedBack++;
        Assert.InRange(mostRunning, 1, jobs);
        Assert.InRange(mostAhead, 1, 2 * jobs);
    }

    [Fact]
    public async Task An_exception_in_the_work_reaches_the_caller_at_its_item()
    {
        var seen = new List<int>();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var x in OrderedParallel.Map(Enumerable.Range(0, 20), 4, i => i == 7 ? throw new InvalidOperationException("item 7") : i, Ct))
                seen.Add(x);
        });
        Assert.Equal("item 7", e.Message);
        Assert.Equal(Enumerable.Range(0, 7), seen);
    }

    [Fact]
    public void Fewer_than_one_job_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedParallel.Map(new[] { 1 }, 0, i => i, Ct).GetAsyncEnumerator(Ct).MoveNextAsync().AsTask().GetAwaiter().GetResult());
}
