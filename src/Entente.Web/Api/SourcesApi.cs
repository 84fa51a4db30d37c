using Entente.Core.Sources;
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
        string id, WorkbenchData data, CancellationToken ct)
    {
        if (await data.Store.GetSourceAsync(id, ct) is not { } source) return Problems.NotFound($"no source '{id}'");
        var snapshot = await data.SnapshotAsync(ct);
        var claims = snapshot.Graph.Claims.Where(c => c.SourceId == id);
        var views = await new ClaimViews(data.Store).ViewAsync(claims.OrderBy(c => c.Evidence.Start), ct);
        return TypedResults.Ok(new SourceDetail(SourceSummary.Of(source), source.Url, source.Text, views, source.Mentions ?? []) { OriginalText = source.OriginalIsMarkup ? null : source.OriginalText });
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

/// <summary>
/// A source's text with the spans to highlight: entity mentions and claim evidence (offsets into <c>text</c>). All of it
/// is what ingest stored: viewing a source never runs extraction again (a 1 MB text took 50 s on every view when it did).
/// Mentions are empty for data sets and for sources stored before mentions were kept.
/// </summary>
public sealed record SourceDetail(SourceSummary Source, string? Url, string Text, IReadOnlyList<ClaimView> Claims, IReadOnlyList<SourceMention> Mentions)
{
    /// <summary>
    /// The file as read, when it differs from <c>text</c>; the reader shows it, highlighted by the <c>original_start</c> and
    /// <c>original_end</c> of evidence and mentions. Null when <c>text</c> is the file's text or no map to the file was kept,
    /// and for a web page: its file is markup, so the reader shows <c>text</c>, highlighted by <c>start</c> and <c>end</c>.
    /// </summary>
    public string? OriginalText { get; init; }
}
