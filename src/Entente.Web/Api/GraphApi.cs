using Entente.Core.Entities;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>The graph explorer's data: an actor's neighbourhood and the evidence behind one edge.</summary>
public static class GraphApi
{
    public static void MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph/{actor}", Neighbourhood).WithName("GetNeighbourhood").WithTags("graph");
        app.MapGet("/api/relations/{a}/{b}", Evidence).WithName("GetRelationEvidence").WithTags("graph");
    }

    public static async Task<Results<Ok<GraphView>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Neighbourhood(
        string actor, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        if (dir.Get(actor) is not { } entity) return Problems.NotFound($"no entity '{actor}'");
        var (query, error) = filter.ToQuery(dir.Members(entity.Id, filter.RollsUp));
        if (query is null) return Problems.BadRequest(error!);
        var claims = await EffectiveClaims.LoadAsync(data.Store, query, ct);
        return TypedResults.Ok(GraphViews.Build(entity.Id, claims, dir, filter.RollsUp));
    }

    public static async Task<Results<Ok<EvidenceView>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Evidence(
        string a, string b, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        if (dir.Get(a) is not { } ea) return Problems.NotFound($"no entity '{a}'");
        if (dir.Get(b) is not { } eb) return Problems.NotFound($"no entity '{b}'");
        var (query, error) = filter.ToQuery(dir.Members(ea.Id, filter.RollsUp));
        if (query is null) return Problems.BadRequest(error!);
        var claims = (await EffectiveClaims.LoadAsync(data.Store, query, ct)).ToList();
        var between = GraphViews.Pairs(claims, dir, filter.RollsUp)
            .Where(p => GraphViews.EdgeId(p.A.Id, p.B.Id) == GraphViews.EdgeId(ea.Id, eb.Id))
            .Select(p => p.Claim)
            .OrderBy(c => c.Certainty).ThenBy(c => c.Time?.From).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var views = await new ClaimViews(data.Store).ViewAsync(between, ct);
        return TypedResults.Ok(new EvidenceView(EntityRef.Of(ea), EntityRef.Of(eb), views));
    }
}

/// <summary>The claims behind one edge of the graph, strongest first.</summary>
public sealed record EvidenceView(EntityRef A, EntityRef B, IReadOnlyList<ClaimView> Claims);
