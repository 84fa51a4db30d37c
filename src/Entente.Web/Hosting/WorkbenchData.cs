using Entente.Analysis.Graph;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web.Hosting;

/// <summary>
/// The store, the reference entities and the analysis snapshot every view reads. The snapshot is loaded
/// once and reused; a write through the workbench drops it, and it is reloaded after a short time anyway
/// so that what the CLI writes to the same database shows up.
/// </summary>
public sealed class WorkbenchData(IEntenteStore store, KnowledgeBase knowledge, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxSnapshotAge = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (GraphSnapshot Snapshot, DateTimeOffset At)? _current;

    public IEntenteStore Store { get; } = store;
    public KnowledgeBase Knowledge { get; } = knowledge;

    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken ct)
    {
        if (Fresh() is { } ready) return ready;
        await _loading.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loadedMeanwhile) return loadedMeanwhile;
            var snapshot = await GraphSnapshot.LoadAsync(Store, Knowledge, null, ct);
            _current = (snapshot, clock.GetUtcNow());
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Called after a verdict or an upload: the next view sees the change.</summary>
    public void Invalidate() => _current = null;

    private GraphSnapshot? Fresh() =>
        _current is { } c && clock.GetUtcNow() - c.At < MaxSnapshotAge ? c.Snapshot : null;

    public void Dispose() => _loading.Dispose();
}
