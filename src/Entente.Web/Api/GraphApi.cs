using Entente.Core.Entities;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>The graph explorer's data: an actor's neighbourhood and the evidence behind one edge.</summary>
public static class GraphApi
{
    public static void MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph/{actor}", Neighbourhood).WithName("GetNeighbourhood").WithTags("graph").WithProblems(400, 404);
        app.MapGet("/api/relations/{a}/{b}", Evidence).WithName("GetRelationEvidence").WithTags("graph").WithProblems(400, 404);
    }

    public static async Task<Results<Ok<GraphView>, ProblemHttpResult>> Neighbourhood(
        string actor, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(actor) is not { } entity) return Problems.NotFound($"no actor '{actor}'");
        return TypedResults.Ok(GraphViews.FromEgo(snapshot.Ego(entity.Id, 1, f)));
    }

    public static async Task<Results<Ok<EvidenceView>, ProblemHttpResult>> Evidence(
        string a, string b, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(a) is not { } ea) return Problems.NotFound($"no actor '{a}'");
        if (snapshot.Resolve(b) is not { } eb) return Problems.NotFound($"no actor '{b}'");
        var claims = snapshot.Graph.Between(ea.Id, eb.Id, f).Select(x => x.Claim)
            .OrderBy(c => c.Certainty).ThenBy(c => c.Time?.From).ThenBy(c => c.Id, StringComparer.Ordinal);
        var views = await new ClaimViews(data.Store).ViewAsync(claims, ct);
        return TypedResults.Ok(new EvidenceView(ea, eb, views));
    }
}

/// <summary>The claims behind one edge of the graph, strongest first.</summary>
public sealed record EvidenceView(EntityRef A, EntityRef B, IReadOnlyList<ClaimView> Claims);
