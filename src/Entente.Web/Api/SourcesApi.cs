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

    /// <param name="from">An offset into the shown text: the window holding it is sent (default the first).</param>
    /// <param name="claim">A claim of the source: the window holding its evidence is sent (when no <paramref name="from"/> is given).</param>
    public static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> Get(
        string id, int? from, string? claim, WorkbenchData data, TextContext text, CancellationToken ct)
    {
        if (from is < 0) return Problems.BadRequest("from must be 0 or more");
        if (await data.Store.GetSourceAsync(id, ct) is not { } source) return Problems.NotFound($"no source '{id}'");
        var snapshot = await data.SnapshotAsync(ct);
        var original = source.OriginalIsMarkup ? null : source.OriginalText;
        var shown = original ?? source.Text;
        // Offsets into the text the reader shows: the file as read when it is kept, else the normalized text.
        (int?, int?) Place(Core.Claims.EvidenceSpan e) =>
            e.SourceId != id ? (null, null) : original is null ? (e.Start, e.End) : (e.OriginalStart, e.OriginalEnd);
        var claims = snapshot.Graph.Claims.Where(c => c.SourceId == id).OrderBy(c => c.Evidence.Start).ToList();
        var anchor = from ?? (claims.Find(c => c.Id == claim) is { } wanted && Place(wanted.Evidence) is ({ } start, _) ? start : 0);
        var page = SourcePage.At(anchor, shown.Length);
        var mentions = source.Mentions ?? [];
        var shownMentions = page.IsWhole ? mentions
            : mentions.Where(m => original is null ? page.Holds(m.Start, m.End) : page.Holds(m.OriginalStart, m.OriginalEnd)).ToList();
        var views = await new ClaimViews(data.Store, text).ViewAsync(claims.Where(c => page.Holds(Place(c.Evidence).Item1, Place(c.Evidence).Item2)), ct);
        return TypedResults.Ok(new SourceDetail(SourceSummary.Of(source), source.Url, page.Cut(source.Text), views, shownMentions)
        {
            OriginalText = original is null ? null : page.Cut(original),
            TextStart = page.Start,
            TextEnd = page.End,
            TextLength = page.Length,
            ClaimsTotal = claims.Count,
            MentionsTotal = mentions.Count,
        });
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
/// A source's text, or a window of a long one, with the spans to highlight: entity mentions and claim evidence (offsets
/// into <c>text</c>). All of it is what ingest stored: viewing a source never runs extraction again (a 1 MB text took 50 s on every view when it did).
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

    /// <summary>
    /// The window of the shown text (<c>original_text</c> when present, else <c>text</c>) this answer holds, as offsets
    /// into the whole of it: <c>text_start</c> to <c>text_end</c> of <c>text_length</c>. Offsets of spans stay offsets into
    /// the whole text. An article fits in one window; a longer text is read a window at a time (<c>?from=OFFSET</c>, or
    /// <c>?claim=ID</c> for the window of a claim's evidence), with only the mentions and claims that fall in it.
    /// </summary>
    public int TextStart { get; init; }

    public int TextEnd { get; init; }
    public int TextLength { get; init; }

    /// <summary>How many claims and mentions the whole source has (the window sends only its own).</summary>
    public int ClaimsTotal { get; init; }

    public int MentionsTotal { get; init; }
}
