using Entente.Analysis.Graph;
using Entente.Analysis.Relations;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>The home page's data: the store at a glance, so the workbench opens on something rather than an empty graph.</summary>
public static class OverviewApi
{
    /// <summary>How many of the strongest relations and of the latest sources the home page lists.</summary>
    public const int TopRelations = 10;

    public const int RecentSources = 5;

    public static void MapOverviewApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/overview", Overview).WithName("GetOverview").WithTags("overview");

    public static async Task<Ok<OverviewView>> Overview(WorkbenchData data, CancellationToken ct)
    {
        var snapshot = await data.SnapshotAsync(ct);
        // The snapshot's claims are those verdicts leave standing, so rejected claims are not counted.
        var claims = snapshot.Graph.Claims;
        var bySphere = claims.GroupBy(c => c.Type.Sphere).Select(g => new SphereCount(g.Key, g.Count())).OrderBy(s => s.Sphere).ToList();
        var byYear = claims.Where(c => c.Time is not null).GroupBy(c => c.Time!.From.Year)
            .Select(g => new YearCount(g.Key, g.Count())).OrderBy(y => y.Year).ToList();
        var top = snapshot.Relations(AnalysisFilter.None).Where(r => r.Affirmed)
            .OrderByDescending(r => r.IndependentSources).ThenByDescending(r => r.Confidence).ThenByDescending(r => r.Claims)
            .ThenBy(r => r.Key, StringComparer.Ordinal).Take(TopRelations).Select(TopRelation.Of).ToList();
        var sources = await data.Store.ListSourcesAsync(false, ct);
        // Retrieved is the day ingest stored the source; a source without it is older than any with it.
        var recent = sources.OrderByDescending(s => s.Retrieved).ThenByDescending(s => s.Published).ThenBy(s => s.Title, StringComparer.Ordinal)
            .Take(RecentSources).Select(SourceSummary.Of).ToList();
        var open = await data.Store.CountClaimsAsync(new ClaimQuery { UnreviewedOnly = true }, ct);
        return TypedResults.Ok(new OverviewView(sources.Count, claims.Count, claims.Count(c => c.Time is null), bySphere, byYear, top, open, recent));
    }
}

/// <summary>
/// Counts over the whole store: sources, claims (by sphere, and by the year each starts in; <c>Undated</c> have no time),
/// the relations with most independent sources, claims no verdict has reviewed yet, and the latest sources stored.
/// </summary>
public sealed record OverviewView(
    int Sources, int Claims, int Undated, IReadOnlyList<SphereCount> BySphere, IReadOnlyList<YearCount> ByYear,
    IReadOnlyList<TopRelation> TopRelations, long OpenReview, IReadOnlyList<SourceSummary> RecentSources);

public sealed record SphereCount(Sphere Sphere, int Claims);

public sealed record YearCount(int Year, int Claims);

public sealed record TopRelation(EntityRef Subject, string Type, EntityRef Object, Sphere Sphere, int Claims, int IndependentSources, string Admiralty, int Confidence)
{
    public static TopRelation Of(Relation r) => new(r.Subject, r.Type, r.Object, r.Sphere, r.Claims, r.IndependentSources, r.Admiralty, r.Confidence);
}
