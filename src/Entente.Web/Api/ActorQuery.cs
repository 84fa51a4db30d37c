using Entente.Analysis.Graph;
using Entente.Core.Entities;

namespace Entente.Web.Api;

/// <summary>
/// What every analysis endpoint starts from: the filter its query parameters mean, the current snapshot, and
/// the actors its path names, resolved by id or name. <see cref="B"/> is set when a second actor was named.
/// <see cref="Version"/> is the store version the snapshot has everything up to.
/// </summary>
internal sealed record ActorQuery(AnalysisFilter Filter, GraphSnapshot Snapshot, long Version, EntityRef A, EntityRef? B)
{
    /// <summary>The query, or the problem to answer with: a bad filter (400) or an actor nobody knows (404).</summary>
    public static async Task<(ActorQuery? Query, ProblemHttpResult? Problem)> ResolveAsync(
        ViewFilter filter, WorkbenchData data, string a, string? b, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return (null, Problems.BadRequest(error!));
        var (snapshot, version) = await data.CurrentAsync(ct);
        if (snapshot.Resolve(a) is not { } ea) return (null, Problems.NotFound($"no actor '{a}'"));
        if (string.IsNullOrEmpty(b)) return (new ActorQuery(f, snapshot, version, ea, null), null);
        if (snapshot.Resolve(b) is not { } eb) return (null, Problems.NotFound($"no actor '{b}'"));
        return (new ActorQuery(f, snapshot, version, ea, eb), null);
    }
}
