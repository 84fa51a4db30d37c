using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>The pair profile, the map's theaters and the timeline: views of one actor or of a pair.</summary>
public static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/profile/{a}/{b}", Profile).WithName("GetPairProfile").WithTags("profile");
        app.MapGet("/api/map/{a}", Map).WithName("GetTheaters").WithTags("profile");
        app.MapGet("/api/timeline/{a}", Timeline).WithName("GetTimeline").WithTags("profile");
    }

    public static async Task<Results<Ok<ProfileView>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Profile(
        string a, string b, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        if (dir.Get(a) is not { } ea) return Problems.NotFound($"no entity '{a}'");
        if (dir.Get(b) is not { } eb) return Problems.NotFound($"no entity '{b}'");
        var (queryA, error) = filter.ToQuery(dir.Members(ea.Id, filter.RollsUp));
        if (queryA is null) return Problems.BadRequest(error!);
        var claimsA = await EffectiveClaims.LoadAsync(data.Store, queryA, ct);
        var claimsB = await EffectiveClaims.LoadAsync(data.Store, queryA with { Actors = dir.Members(eb.Id, filter.RollsUp) }, ct);
        var between = Between(claimsA, ea.Id, eb.Id, dir, filter.RollsUp);
        var (cells, years) = ProfileViews.HeatMap(between);
        var shared = TheaterViews.Build(OwnClaims(claimsA, ea.Id, dir, filter.RollsUp), OwnClaims(claimsB, eb.Id, dir, filter.RollsUp), dir).Where(t => t.CoPresent).ToList();
        var top = await new ClaimViews(data.Store).ViewAsync(ProfileViews.TopEvidence(between, 8), ct);
        return TypedResults.Ok(new ProfileView(EntityRef.Of(ea), EntityRef.Of(eb), cells, years, ProfileViews.Indicators(between), shared, top));
    }

    public static async Task<Results<Ok<MapView>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Map(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        if (dir.Get(a) is not { } ea) return Problems.NotFound($"no entity '{a}'");
        var eb = other is null ? null : dir.Get(other);
        if (other is not null && eb is null) return Problems.NotFound($"no entity '{other}'");
        var (query, error) = filter.ToQuery(dir.Members(ea.Id, filter.RollsUp));
        if (query is null) return Problems.BadRequest(error!);
        var claimsA = OwnClaims(await EffectiveClaims.LoadAsync(data.Store, query, ct), ea.Id, dir, filter.RollsUp);
        var claimsB = eb is null ? null
            : OwnClaims(await EffectiveClaims.LoadAsync(data.Store, query with { Actors = dir.Members(eb.Id, filter.RollsUp) }, ct), eb.Id, dir, filter.RollsUp);
        return TypedResults.Ok(new MapView(EntityRef.Of(ea), eb is null ? null : EntityRef.Of(eb), TheaterViews.Build(claimsA, claimsB, dir)));
    }

    public static async Task<Results<Ok<TimelineView>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Timeline(
        string a, string? other, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        if (dir.Get(a) is not { } ea) return Problems.NotFound($"no entity '{a}'");
        var eb = other is null ? null : dir.Get(other);
        if (other is not null && eb is null) return Problems.NotFound($"no entity '{other}'");
        var (query, error) = filter.ToQuery(dir.Members(ea.Id, filter.RollsUp));
        if (query is null) return Problems.BadRequest(error!);
        IReadOnlyList<Claim> claims = await EffectiveClaims.LoadAsync(data.Store, query, ct);
        if (eb is not null) claims = Between(claims, ea.Id, eb.Id, dir, filter.RollsUp);
        var dated = claims.Where(c => c.Time is not null).OrderBy(c => c.Time!.From).ThenBy(c => c.Time!.To).ThenBy(c => c.Id, StringComparer.Ordinal);
        var items = await new ClaimViews(data.Store).ViewAsync(dated, ct);
        return TypedResults.Ok(new TimelineView(EntityRef.Of(ea), eb is null ? null : EntityRef.Of(eb), items, claims.Count(c => c.Time is null)));
    }

    private static List<Claim> Between(IEnumerable<Claim> claims, string a, string b, EntityDirectory dir, bool rollUp) =>
        GraphViews.Pairs(claims, dir, rollUp).Where(p => GraphViews.EdgeId(p.A.Id, p.B.Id) == GraphViews.EdgeId(a, b)).Select(p => p.Claim).ToList();

    /// <summary>An actor's own activity: claims where it (or, rolled up, its organs) is the subject.</summary>
    private static List<Claim> OwnClaims(IEnumerable<Claim> claims, string actor, EntityDirectory dir, bool rollUp) =>
        claims.Where(c => (rollUp ? dir.RollUp(c.Subject).Id : c.Subject.Id) == actor).ToList();
}

/// <summary>Dated claims in time order (each keeps its precision: a year is a year, not a day) and how many had no time.</summary>
public sealed record TimelineView(EntityRef A, EntityRef? B, IReadOnlyList<ClaimView> Items, int Undated);
