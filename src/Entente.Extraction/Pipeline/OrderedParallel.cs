namespace Entente.Extraction.Pipeline;

/// <summary>
/// Runs work on several threads and hands the results back in the order of the input, as they become ready. At
/// most twice <c>jobs</c> items are begun ahead of the one being handed back, so memory stays flat in the number of
/// items however uneven their cost.
/// </summary>
public static class OrderedParallel
{
    /// <summary>The number of threads extraction uses when the user does not say: one per core.</summary>
    public static int DefaultJobs => Environment.ProcessorCount;

    public static IAsyncEnumerable<TResult> Map<T, TResult>(IEnumerable<T> items, int jobs, Func<T, TResult> work, CancellationToken ct = default) =>
        Map(items.ToAsyncEnumerable(), jobs, work, ct);

    /// <summary>
    /// As above, with items that are themselves prepared on the caller's flow (reading a file, asking the store): the
    /// source is only advanced between results, never while the caller handles one.
    /// </summary>
    public static async IAsyncEnumerable<TResult> Map<T, TResult>(IAsyncEnumerable<T> items, int jobs, Func<T, TResult> work,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs == 1)
        {
            // One job runs on the caller's thread: no scheduling, the same order, the same exceptions.
            await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
                yield return work(item);
            yield break;
        }
        using var slots = new SemaphoreSlim(jobs);
        var window = new Queue<Task<TResult>>();
        try
        {
            await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
            {
                window.Enqueue(RunAsync(item));
                if (window.Count >= 2 * jobs) yield return await window.Dequeue().ConfigureAwait(false);
            }
            while (window.Count > 0) yield return await window.Dequeue().ConfigureAwait(false);
        }
        finally
        {
            // Abandoned early (an exception, a consumer that stops): let started work finish before the semaphore goes.
            foreach (var pending in window)
                try { await pending.ConfigureAwait(false); } catch (Exception) { /* already abandoned */ }
        }

        async Task<TResult> RunAsync(T item)
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return await Task.Run(() => work(item), ct).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
    }
}
