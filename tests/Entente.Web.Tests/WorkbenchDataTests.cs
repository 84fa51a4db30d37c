using Entente.Core.Claims;
using Entente.Storage;
using Entente.TestSupport;
using Entente.Web.Hosting;

namespace Entente.Web.Tests;

/// <summary>When the workbench reloads its analysis snapshot, and who waits for it.</summary>
public sealed class WorkbenchDataTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private IEntenteStore _store = null!;
    private WorkbenchData _data = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await StoreOpener.OpenAsync(_dir.File("entente.db"));
        await FixtureCorpus.LoadAsync(_store, WorkbenchFixture.Knowledge);
        // Every view reads the version here, so what a test writes is seen at its next view.
        _data = new WorkbenchData(_store, WorkbenchFixture.Knowledge, versionPoll: TimeSpan.Zero);
    }

    [Fact]
    public async Task Without_writes_the_same_snapshot_and_version_serve_every_view()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _data.CurrentAsync(ct);
        Assert.Same(first, await _data.CurrentAsync(ct));
        Assert.True(_data.Refreshing.IsCompleted);
        Assert.Equal(await _store.GetVersionAsync(ct), first.Version);
    }

    [Fact]
    public async Task A_write_behind_the_workbench_is_answered_from_the_old_snapshot_while_the_new_one_loads_in_the_background()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _data.CurrentAsync(ct);
        var rejected = await RejectOneClaimAsync(first.Snapshot);
        Assert.Same(first, await _data.CurrentAsync(ct));
        await _data.Refreshing.WaitAsync(TimeSpan.FromSeconds(30), ct);
        var reloaded = await _data.CurrentAsync(ct);
        Assert.NotSame(first, reloaded);
        Assert.True(reloaded.Version > first.Version);
        Assert.DoesNotContain(reloaded.Snapshot.Graph.Claims, c => c.Id == rejected);
    }

    [Fact]
    public async Task After_a_write_through_the_workbench_the_next_view_waits_for_a_snapshot_that_has_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _data.SnapshotAsync(ct);
        var rejected = await RejectOneClaimAsync(first);
        _data.Invalidate();
        Assert.DoesNotContain((await _data.SnapshotAsync(ct)).Graph.Claims, c => c.Id == rejected);
    }

    [Fact]
    public async Task The_store_version_a_store_read_view_is_cached_under_is_polled_but_read_afresh_after_a_write_through_the_workbench()
    {
        var ct = TestContext.Current.CancellationToken;
        // A poll interval no test outlasts: only a write through the workbench can make it read the version again.
        using var data = new WorkbenchData(_store, WorkbenchFixture.Knowledge, versionPoll: TimeSpan.FromHours(1));
        var first = await data.StoreVersionAsync(ct);
        Assert.Equal(await _store.GetVersionAsync(ct), first);
        await RejectOneClaimAsync(await data.SnapshotAsync(ct));
        Assert.Equal(first, await data.StoreVersionAsync(ct));
        data.Invalidate();
        var after = await data.StoreVersionAsync(ct);
        Assert.True(after > first);
        Assert.Equal(await _store.GetVersionAsync(ct), after);
    }

    /// <summary>Stores a reject verdict behind the workbench's back, as the CLI would; the claim then leaves the graph.</summary>
    private async Task<string> RejectOneClaimAsync(Analysis.Graph.GraphSnapshot snapshot)
    {
        var claim = snapshot.Graph.Claims.First();
        await _store.AddVerdictAsync(new Verdict { Id = "v-test-" + claim.Id, ClaimId = claim.Id, Kind = VerdictKind.Reject, Analyst = "cli", At = DateTimeOffset.UnixEpoch },
            TestContext.Current.CancellationToken);
        return claim.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _data.Refreshing;
        _data.Dispose();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
