using Entente.Core.Entities;

namespace Entente.Web.Api;

/// <summary>Claims that contradict each other, for the conflicts page: all of them, or those involving one actor.</summary>
public static class ConflictsApi
{
    public static void MapConflictsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/conflicts", List).WithName("ListConflicts").WithTags("graph").WithProblems(400, 404);

    public static async Task<Results<Ok<ConflictsView>, ProblemHttpResult>> List(
        [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct, string? actor = null)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            var (f, error) = filter.ToFilter();
            if (f is null) return Problems.BadRequest(error!);
            return TypedResults.Ok(new ConflictsView(null, (await data.SnapshotAsync(ct)).Conflicts(f)));
        }
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, actor, null, ct);
        if (q is null) return problem!;
        return TypedResults.Ok(new ConflictsView(q.A, q.Snapshot.Conflicts(q.Filter, q.A.Id)));
    }
}

/// <summary>The conflicts found, for one actor when <c>Actor</c> is set.</summary>
public sealed record ConflictsView(EntityRef? Actor, IReadOnlyList<Analysis.Conflicts.Conflict> Conflicts);
