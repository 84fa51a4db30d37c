using Entente.Analysis.Profile;
using Entente.Analysis.Timeline;

namespace Entente.Web.Api;

/// <summary>The pair profile, the map's theaters and the timeline, straight from the analysis snapshot.</summary>
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
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, other, ct);
        if (q is null) return problem!;
        return TypedResults.Ok(q.Snapshot.Timeline(q.A.Id, q.B?.Id, null, q.Filter));
    }
}
