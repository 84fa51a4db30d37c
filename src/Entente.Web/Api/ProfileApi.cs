using Entente.Analysis.Profile;
using Entente.Analysis.Timeline;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(a) is not { } ea) return Problems.NotFound($"no actor '{a}'");
        if (snapshot.Resolve(b) is not { } eb) return Problems.NotFound($"no actor '{b}'");
        return TypedResults.Ok(snapshot.Profile(ea.Id, eb.Id, f));
    }

    public static async Task<Results<Ok<MapView>, ProblemHttpResult>> Map(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(a) is not { } ea) return Problems.NotFound($"no actor '{a}'");
        var eb = string.IsNullOrEmpty(other) ? null : snapshot.Resolve(other);
        if (!string.IsNullOrEmpty(other) && eb is null) return Problems.NotFound($"no actor '{other}'");
        var theaters = TheaterViews.Build(snapshot, ea.Id, eb?.Id, f);
        var test = eb is null ? null : snapshot.CoPresence(ea.Id, eb.Id, f, null, MapPermutations).Test;
        return TypedResults.Ok(new MapView(ea, eb, theaters, test));
    }

    public static async Task<Results<Ok<TimelineReport>, ProblemHttpResult>> Timeline(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(a) is not { } ea) return Problems.NotFound($"no actor '{a}'");
        var eb = string.IsNullOrEmpty(other) ? null : snapshot.Resolve(other);
        if (!string.IsNullOrEmpty(other) && eb is null) return Problems.NotFound($"no actor '{other}'");
        return TypedResults.Ok(snapshot.Timeline(ea.Id, eb?.Id, null, f));
    }
}
