using Entente.Analysis.Review;
using Entente.Core.Claims;
using Entente.Storage;

namespace Entente.Web.Api;

/// <summary>The review queue and the verdicts analysts give on it.</summary>
public static class ReviewApi
{
    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/review", Queue).WithName("GetReviewQueue").WithTags("review").WithProblems(400);
        app.MapGet("/api/verdicts", Verdicts).WithName("ListVerdicts").WithTags("review");
        app.MapPost("/api/verdicts", Give).WithName("AddVerdict").WithTags("review").WithProblems(400, 404);
    }

    public static async Task<Results<Ok<ReviewQueueView>, ProblemHttpResult>> Queue(int? limit, WorkbenchData data, TextContext text, CancellationToken ct)
    {
        if (limit is < 1 or > 200) return Problems.BadRequest("limit is 1–200");
        var query = new ClaimQuery { UnreviewedOnly = true };
        var remaining = await data.Store.CountClaimsAsync(query, ct);
        var views = new ClaimViews(data.Store, text);
        var items = new List<ReviewItem>();
        await foreach (var c in data.Store.QueryClaimsAsync(query with { Limit = limit ?? 25 }, ct))
        {
            var (shown, start, end) = TextContext.Locate(await views.SourceAsync(c.SourceId, ct), c.Evidence);
            var passage = end <= shown.Length
                ? text.Passage(shown, start, end)
                : new PassageView("", c.Evidence.Text, "", 0, c.Evidence.Text.Length);
            items.Add(new ReviewItem(await views.ViewAsync(c, ct), passage));
        }
        return TypedResults.Ok(new ReviewQueueView(remaining, items));
    }

    public static async Task<Ok<IReadOnlyList<Verdict>>> Verdicts(string? claim, WorkbenchData data, CancellationToken ct) =>
        TypedResults.Ok(await data.Store.ListVerdictsAsync(claim, ct));

    public static async Task<Results<Created<Verdict>, ProblemHttpResult>> Give(
        VerdictRequest request, WorkbenchData data, WorkbenchOptions options, CancellationToken ct)
    {
        if (await data.Store.GetClaimAsync(request.ClaimId ?? "", ct) is not { } claim) return Problems.NotFound($"no claim '{request.ClaimId}'");
        if (request.Note is { Length: > Analysis.Review.Verdicts.MaxNoteLength }) return Problems.BadRequest($"note is at most {Analysis.Review.Verdicts.MaxNoteLength} characters");
        Claim? correction = null;
        if (request.Kind == VerdictKind.Correct)
        {
            if (request.Correction is null) return Problems.BadRequest("a correction needs the corrected fields");
            var snapshot = await data.SnapshotAsync(ct);
            var (corrected, error) = Corrections.Apply(claim, request.Correction, snapshot.Resolve, options.Analyst);
            if (corrected is null) return Problems.BadRequest(error!);
            correction = corrected;
        }
        var verdict = Analysis.Review.Verdicts.Create(claim, request.Kind, options.Analyst, options.Clock.GetUtcNow(), correction, request.Note);
        await data.Store.AddVerdictAsync(verdict, ct);
        data.Invalidate();
        return TypedResults.Created($"/api/verdicts?claim={Uri.EscapeDataString(claim.Id)}", verdict);
    }
}

public sealed record ReviewItem(ClaimView Claim, PassageView Passage);

public sealed record ReviewQueueView(long Remaining, IReadOnlyList<ReviewItem> Items);

public sealed record VerdictRequest(string? ClaimId, VerdictKind Kind, CorrectionRequest? Correction = null, string? Note = null);
