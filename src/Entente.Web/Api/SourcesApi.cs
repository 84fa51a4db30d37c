using Entente.Core.Sources;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>The source reader's data: sources, one source with its mentions and claims, full-text search.</summary>
public static class SourcesApi
{
    public static void MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", List).WithName("ListSources").WithTags("sources");
        app.MapGet("/api/sources/{id}", Get).WithName("GetSource").WithTags("sources").WithProblems(404);
        app.MapGet("/api/search", Search).WithName("SearchSources").WithTags("sources").WithProblems(400);
    }

    public static async Task<Ok<IReadOnlyList<SourceSummary>>> List(WorkbenchData data, CancellationToken ct)
    {
        var sources = await data.Store.ListSourcesAsync(false, ct);
        IReadOnlyList<SourceSummary> list = sources.Select(SourceSummary.Of).ToList();
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> Get(
        string id, WorkbenchData data, MentionFinder mentions, CancellationToken ct)
    {
        if (await data.Store.GetSourceAsync(id, ct) is not { } source) return Problems.NotFound($"no source '{id}'");
        var snapshot = await data.SnapshotAsync(ct);
        var claims = snapshot.Graph.Claims.Where(c => c.SourceId == id);
        var views = await new ClaimViews(data.Store).ViewAsync(claims.OrderBy(c => c.Evidence.Start), ct);
        return TypedResults.Ok(new SourceDetail(SourceSummary.Of(source), source.Url, source.Text, views, mentions.Find(source)));
    }

    public static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> Search(
        string? q, int? limit, WorkbenchData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("q is required");
        if (q.Length > 200) return Problems.BadRequest("q is at most 200 characters");
        return TypedResults.Ok(await data.Store.SearchSourcesAsync(q, Math.Clamp(limit ?? 20, 1, 100), ct));
    }
}

public sealed record SourceSummary(string Id, string Title, string? Author, string? Publisher, DateOnly? Published, SourceKind Kind, Reliability Reliability, string? Origin)
{
    public static SourceSummary Of(Source s) => new(s.Id, s.Title, s.Author, s.Publisher, s.Published, s.Kind, s.Reliability, s.Origin);
}

/// <summary>A source's text with the spans to highlight: entity mentions and claim evidence (offsets into <c>text</c>).</summary>
public sealed record SourceDetail(SourceSummary Source, string? Url, string Text, IReadOnlyList<ClaimView> Claims, IReadOnlyList<Mention> Mentions);

/// <summary>
/// Mentions are not stored; the extractor finds them again in the stored text (deterministic, so the offsets
/// match). Without an extractor the reader shows claims only.
/// </summary>
public sealed class MentionFinder(IClaimExtractor? extractor)
{
    public IReadOnlyList<Mention> Find(Source source)
    {
        if (extractor is null || source.Text.Length == 0) return [];
        var doc = new Document(source.Origin ?? source.Id, source.Text, new DocumentMetadata { Title = source.Title, Published = source.Published }, source.ContentHash);
        return extractor.Extract(doc).Mentions.OrderBy(m => m.Start).ToList();
    }
}
