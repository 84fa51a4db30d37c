using Entente.Analysis.Profile;
using Entente.Analysis.Timeline;

namespace Entente.Web.Api;

/// <summary>
/// The pair profile and the map's theaters, straight from the analysis snapshot; the timeline from the store's listing
/// lines (<see cref="TimelineFromLines"/>), as the CLI reads it, unless a current snapshot is loaded already.
/// </summary>
public static class ProfileApi
{
    /// <summary>Enough permutations for a p-value to two decimals, cheap enough for every map request.</summary>
    public const int MapPermutations = 500;

    public static void MapProfileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/profile/{a}/{b}", Profile).WithName("GetPairProfile").WithTags("profile").WithProblems(400, 404);
        app.MapGet("/api/map/{a}", Map).WithName("GetTheaters").WithTags("profile").WithProblems(400, 404);
        app.MapGet("/api/timeline/{a}", Timeline).WithName("GetTimeline").WithTags("profile").WithProblems(400, 404);
    }

    public static async Task<Results<Ok<AllianceProfile>, ProblemHttpResult>> Profile(
        string a, string b, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, b, ct);
        if (q is null) return problem!;
        return TypedResults.Ok(q.Snapshot.Profile(q.A.Id, q.B!.Id, q.Filter));
    }

    public static async Task<Results<Ok<MapView>, ProblemHttpResult>> Map(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, other, ct);
        if (q is null) return problem!;
        var theaters = TheaterViews.Build(q.Snapshot, q.A.Id, q.B?.Id, q.Filter);
        var test = q.B is null ? null : q.Snapshot.CoPresence(q.A.Id, q.B.Id, q.Filter, null, MapPermutations).Test;
        return TypedResults.Ok(new MapView(q.A, q.B, theaters, test));
    }

    public static async Task<Results<Ok<TimelineReport>, ProblemHttpResult>> Timeline(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, HttpContext http, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        // Read before the lines, so the answer has everything up to it (ResponseCache keys it on this version).
        var version = await data.StoreVersionAsync(ct);
        // A snapshot another view loaded, as new as the store, answers from memory: the same timeline (TimelineFromLinesTests),
        // for less CPU than reading a hub's lines again (README, issue 13). Without one (or behind the store) the lines answer, and no
        // request waits for a snapshot of every claim to load.
        var loaded = data.Loaded is { } current && current.Version == version;
        if (!loaded && await TimelineFromLines.TryAnswerAsync(data, a, other, f, ct) is { } fromLines)
        {
            ResponseCache.AnsweredAt(http, version);
            return TypedResults.Ok(fromLines);
        }
        // An actor neither the knowledge base nor the store describes (an id only claims name, or a name nobody has):
        // the snapshot of every claim resolves it, or answers 404, as it always did.
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, other, ct);
        if (q is null) return problem!;
        ResponseCache.AnsweredAt(http, q.Version);
        return TypedResults.Ok(q.Snapshot.Timeline(q.A.Id, q.B?.Id, null, q.Filter));
    }
}
