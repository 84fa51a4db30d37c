using Entente.Analysis.Graph;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web.Hosting;

/// <summary>
/// The store, the reference entities and the analysis snapshot every view reads. The snapshot is loaded once
/// and reused. A write through the workbench drops it, and the next view waits for the reload, so it sees the
/// write. A snapshot older than <see cref="MaxSnapshotAge"/> (so that what the CLI writes to the same database
/// shows up) is reloaded in the background while views go on using it: no request waits for that reload.
/// </summary>
public sealed class WorkbenchData(IEntenteStore store, KnowledgeBase knowledge, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxSnapshotAge = TimeSpan.FromSeconds(10);

    private sealed record Loaded(GraphSnapshot Snapshot, DateTimeOffset At);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly Lock _refreshing = new();
    private volatile Loaded? _current;
    private int _writes;
    private Task? _refresh;

    public IEntenteStore Store { get; } = store;
    public KnowledgeBase Knowledge { get; } = knowledge;

    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken ct)
    {
        if (_current is not { } current) return await LoadAsync(null, ct);
        if (clock.GetUtcNow() - current.At >= MaxSnapshotAge) RefreshInBackground(current);
        return current.Snapshot;
    }

    /// <summary>Called after a verdict or an upload: the next view sees the change.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _writes);
        _current = null;
    }

    /// <summary>The background reload, if one is running (tests wait for it).</summary>
    internal Task Refreshing
    {
        get
        {
            lock (_refreshing) return _refresh ?? Task.CompletedTask;
        }
    }

    private void RefreshInBackground(Loaded stale)
    {
        lock (_refreshing)
        {
            if (_refresh is { IsCompleted: false }) return;
            _refresh = Task.Run(async () =>
            {
                try
                {
                    await LoadAsync(stale, CancellationToken.None);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A failed reload (the database busy, or closed as the server stops) keeps the old snapshot;
                    // the next view past its age tries again.
                }
            });
        }
    }

    /// <summary>Loads a snapshot unless another caller replaced <paramref name="replacing"/> meanwhile.</summary>
    private async Task<GraphSnapshot> LoadAsync(Loaded? replacing, CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } now && !ReferenceEquals(now, replacing)) return now.Snapshot;
            var writes = Volatile.Read(ref _writes);
            // Stamped before reading, so that what is written during the load is picked up by the next refresh.
            var at = clock.GetUtcNow();
            var snapshot = await GraphSnapshot.LoadAsync(Store, Knowledge, null, ct);
            // A write through the workbench during the load may be missing from it: then keep it for this caller only.
            if (writes == Volatile.Read(ref _writes)) _current = new Loaded(snapshot, at);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
