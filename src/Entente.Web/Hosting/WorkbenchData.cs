using Entente.Analysis.Graph;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web.Hosting;

/// <summary>
/// The store, the reference entities and the analysis snapshot every view reads. The snapshot is loaded once and
/// reused, tagged with the store's version (<see cref="IEntenteStore.GetVersionAsync"/>) read before it was loaded.
/// A write through the workbench drops it, and the next view waits for the reload, so it sees the write. When the
/// store's version has moved on otherwise (the CLI wrote to the same database), the snapshot is reloaded in the
/// background while views go on using it: no request waits for that reload. The version is read at most once per
/// <c>versionPoll</c> (<see cref="DefaultVersionPoll"/>), not by every request: under load, that read was a large part
/// of what a cached answer cost, and another process's write shows up a tenth of a second later at most.
/// </summary>
public sealed class WorkbenchData(IEntenteStore store, KnowledgeBase knowledge, TimeSpan? versionPoll = null) : IDisposable
{
    public static readonly TimeSpan DefaultVersionPoll = TimeSpan.FromMilliseconds(100);

    private readonly long _pollTicks = (long)((versionPoll ?? DefaultVersionPoll).TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
    private long _nextPoll;

    /// <summary>A snapshot and the store version it has everything up to.</summary>
    public sealed record Current(GraphSnapshot Snapshot, long Version);

    /// <summary>The store's version as last read for views answered from the store itself, with the workbench writes seen then and when it goes stale.</summary>
    private sealed record StoreVersionRead(long Version, int Writes, long Until);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile StoreVersionRead? _storeVersion;
    private readonly Lock _refreshing = new();
    private volatile Current? _current;
    private int _writes;
    private Task? _refresh;

    public IEntenteStore Store { get; } = store;
    public KnowledgeBase Knowledge { get; } = knowledge;

    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken ct) => (await CurrentAsync(ct)).Snapshot;

    /// <summary>The snapshot views should use now, with its version: what a response cache keys on.</summary>
    public async Task<Current> CurrentAsync(CancellationToken ct)
    {
        if (_current is not { } current) return await LoadAsync(null, ct);
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var due = Interlocked.Read(ref _nextPoll);
        // One request per poll interval reads the version; the others use the snapshot as it is.
        if (now >= due && Interlocked.CompareExchange(ref _nextPoll, now + _pollTicks, due) == due
            && await Store.GetVersionAsync(ct) != current.Version) RefreshInBackground(current);
        return current;
    }

    /// <summary>
    /// The store's version, for a view answered from the store rather than from the snapshot (the timeline, from the
    /// listing lines): what the response cache keys such an answer on, without loading the snapshot. Read at most once
    /// per poll interval, as the snapshot's is, and afresh after a write through the workbench, so a verdict shows at once.
    /// </summary>
    public async Task<long> StoreVersionAsync(CancellationToken ct)
    {
        // The writes are counted before the version is read: a write that lands meanwhile makes the next call read again.
        var writes = Volatile.Read(ref _writes);
        if (_storeVersion is { } seen && seen.Writes == writes && System.Diagnostics.Stopwatch.GetTimestamp() < seen.Until) return seen.Version;
        var version = await Store.GetVersionAsync(ct);
        _storeVersion = new StoreVersionRead(version, writes, System.Diagnostics.Stopwatch.GetTimestamp() + _pollTicks);
        return version;
    }

    /// <summary>The snapshot as loaded now, if one is, without loading one or reading the store's version.</summary>
    public Current? Loaded => _current;

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

    private void RefreshInBackground(Current stale)
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
                    // the next view tries again.
                }
            });
        }
    }

    /// <summary>Loads a snapshot unless another caller replaced <paramref name="replacing"/> meanwhile.</summary>
    private async Task<Current> LoadAsync(Current? replacing, CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } now && !ReferenceEquals(now, replacing)) return now;
            var writes = Volatile.Read(ref _writes);
            // Read before the load, so that what is written during it moves the version past this one: reloaded next time.
            var version = await Store.GetVersionAsync(ct);
            var loaded = new Current(await GraphSnapshot.LoadAsync(Store, Knowledge, null, ct), version);
            // A write through the workbench during the load may be missing from it: then keep it for this caller only.
            if (writes == Volatile.Read(ref _writes)) _current = loaded;
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
