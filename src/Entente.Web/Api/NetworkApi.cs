using Entente.Analysis.Graph;
using Entente.Analysis.Network;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Web.Api;

/// <summary>
/// The network page's data: the same analyses as the CLI's <c>centrality</c>, <c>communities</c> and <c>path</c>, with
/// the same defaults and limits, over the shared snapshot and filters. <c>hostile=false</c> leaves hostile relations
/// (attacks, sanctions) out of centrality and paths as <c>include_hostile</c> does for communities, so the page's one
/// switch means the same for all three; without it they count, as in the CLI.
/// </summary>
public static class NetworkApi
{
    /// <summary>Hops a path may have at most; longer searches over a dense graph take seconds, as in the CLI.</summary>
    public const int MaxPathLength = 6;

    /// <summary>Relations shown per hop, strongest first (the CLI prints as many); the rest are counted.</summary>
    public const int RelationsPerHop = 3;

    public static void MapNetworkApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/network/centrality", Centrality).WithName("GetCentrality").WithTags("network").WithProblems(400);
        app.MapGet("/api/network/communities", Communities).WithName("GetCommunities").WithTags("network").WithProblems(400);
        app.MapGet("/api/network/paths/{a}/{b}", Paths).WithName("GetPaths").WithTags("network").WithProblems(400, 404);
    }

    public static async Task<Results<Ok<IReadOnlyList<CentralityScore>>, ProblemHttpResult>> Centrality(
        int? limit, bool? hostile, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        if (limit is < 1 or > 1000) return Problems.BadRequest("limit is 1–1000");
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        IReadOnlyList<CentralityScore> scores = snapshot.Centrality(Hostile(f, hostile)).Take(limit ?? 25).ToList();
        return TypedResults.Ok(scores);
    }

    public static async Task<Results<Ok<IReadOnlyList<Community>>, ProblemHttpResult>> Communities(
        int? seed, [FromQuery(Name = "min_size")] int? minSize, double? resolution, [FromQuery(Name = "include_hostile")] bool? includeHostile,
        [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        if (minSize is < 1) return Problems.BadRequest("min_size is at least 1");
        if (resolution is { } r && !(r > 0 && double.IsFinite(r))) return Problems.BadRequest("resolution is a positive number");
        var (f, error) = filter.ToFilter();
        if (f is null) return Problems.BadRequest(error!);
        var snapshot = await data.SnapshotAsync(ct);
        var options = new CommunityOptions { IncludeHostile = includeHostile ?? false, Resolution = resolution ?? 1.0 };
        IReadOnlyList<Community> communities = snapshot.Communities(f, new Random(seed ?? 1), options).Where(c => c.Members.Count >= (minSize ?? 2)).ToList();
        return TypedResults.Ok(communities);
    }

    public static async Task<Results<Ok<IReadOnlyList<PathView>>, ProblemHttpResult>> Paths(
        string a, string b, [FromQuery(Name = "max_length")] int? maxLength, int? limit, bool? hostile, [AsParameters] ViewFilter filter, WorkbenchData data, CancellationToken ct)
    {
        if (maxLength is < 1 or > MaxPathLength) return Problems.BadRequest($"max_length is 1–{MaxPathLength}");
        if (limit is < 1 or > 50) return Problems.BadRequest("limit is 1–50");
        var (q, problem) = await ActorQuery.ResolveAsync(filter, data, a, b, ct);
        if (q is null) return problem!;
        IReadOnlyList<PathView> paths = q.Snapshot.Paths(q.A.Id, q.B!.Id, maxLength ?? 3, Hostile(q.Filter, hostile), limit ?? 10).Select(PathView.Of).ToList();
        return TypedResults.Ok(paths);
    }

    /// <summary>The filter with hostile relation types left out when <paramref name="hostile"/> is false (of those it already keeps).</summary>
    private static AnalysisFilter Hostile(AnalysisFilter f, bool? hostile)
    {
        if (hostile ?? true) return f;
        var kept = RelationTypes.All.Where(t => !t.Hostile && (f.Relations.Count == 0 || f.Relations.Contains(t.Id))).Select(t => t.Id).ToList();
        return f with { Relations = kept };
    }
}

/// <summary>One path between two actors: the actors in order and, per hop, its strongest relations with their evidence.</summary>
public sealed record PathView(int Length, IReadOnlyList<EntityRef> Actors, IReadOnlyList<HopView> Hops)
{
    public static PathView Of(ActorPath p) => new(p.Length, p.Actors, p.Hops.Select(HopView.Of).ToList());
}

/// <summary><c>More</c> counts the relations of the hop beyond those listed.</summary>
public sealed record HopView(EntityRef From, EntityRef To, IReadOnlyList<HopRelation> Relations, int More)
{
    public static HopView Of(PathHop h) => new(h.From, h.To,
        h.Relations.Take(NetworkApi.RelationsPerHop).Select(HopRelation.Of).ToList(), Math.Max(0, h.Relations.Count - NetworkApi.RelationsPerHop));
}

/// <summary>A relation on a hop with the words of its best claim (what <c>entente path</c> quotes).</summary>
public sealed record HopRelation(EntityRef Subject, string Type, EntityRef Object, Sphere Sphere, int Claims, int IndependentSources, string Admiralty, int Confidence, Evidence Evidence)
{
    public static HopRelation Of(Relation r) => new(r.Subject, r.Type, r.Object, r.Sphere, r.Claims, r.IndependentSources, r.Admiralty, r.Confidence, r.TopEvidence);
}
