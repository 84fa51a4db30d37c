using Entente.Core.Entities;

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
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, actor, null, ct);
        if (q is null) return problem!;
        return TypedResults.Ok(GraphViews.FromEgo(q.Snapshot.Ego(q.A.Id, 1, q.Filter)));
    }

    public static async Task<Results<Ok<EvidenceView>, ProblemHttpResult>> Evidence(
        string a, string b, [AsParameters] ViewFilter filter, WorkbenchData data, TextContext text, CancellationToken ct)
    {
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, b, ct);
        if (q is null) return problem!;
        var claims = q.Snapshot.Graph.Between(q.A.Id, q.B!.Id, q.Filter).Select(x => x.Claim)
            .OrderBy(c => c.Certainty).ThenBy(c => c.Time?.From).ThenBy(c => c.Id, StringComparer.Ordinal);
        var views = await new ClaimViews(data.Store, text).ViewAsync(claims, ct);
        var conflicts = q.Snapshot.Conflicts(q.Filter, q.A.Id).Where(c => c.Subject.Id == q.B!.Id || c.Object.Id == q.B!.Id).ToList();
        return TypedResults.Ok(new EvidenceView(q.A, q.B!, views, conflicts, Analysis.Conflicts.ConflictFinder.ContestedClaims(conflicts).Order(StringComparer.Ordinal).ToList()));
    }
}

/// <summary>
/// The claims behind one edge of the graph, strongest first, with the conflicts among them (both sides' evidence) and
/// the ids of the claims those conflicts hold, so each can be marked contested.
/// </summary>
public sealed record EvidenceView(EntityRef A, EntityRef B, IReadOnlyList<ClaimView> Claims, IReadOnlyList<Analysis.Conflicts.Conflict> Conflicts, IReadOnlyList<string> Contested);
