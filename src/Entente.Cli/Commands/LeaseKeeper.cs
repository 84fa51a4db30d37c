using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// Holds a job's lease while its document is read, extracted and stored, renewing it every third of the lease: a live
/// worker keeps a document that takes longer than one lease, while a killed one stops renewing and loses it within a
/// lease. A renewal that fails (the database briefly unreachable) is tried again at the next tick, since the lease may
/// still hold; one that finds the job taken over stops, and the worker's late write is then refused by the queue.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _renewing;

    private LeaseKeeper(IJobQueue queue, QueueJob job, TimeSpan lease, TimeProvider clock, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // On the thread pool: extraction holds the worker's own thread for as long as the document takes.
        _renewing = Task.Run(() => RenewAsync(queue, job, lease, clock, _stop.Token), CancellationToken.None);
    }

    public static LeaseKeeper Start(IJobQueue queue, QueueJob job, TimeSpan lease, TimeProvider clock, CancellationToken ct) => new(queue, job, lease, clock, ct);

    private async Task RenewAsync(IJobQueue queue, QueueJob job, TimeSpan lease, TimeProvider clock, CancellationToken ct)
    {
        var period = lease / 3;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, ct);
                if (!await queue.RenewAsync(job, lease, ct)) return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is StoreException or System.Data.Common.DbException or TimeoutException)
            {
                // Tried again at the next tick; if the database stays away, the document's own write fails and says why.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }
}
