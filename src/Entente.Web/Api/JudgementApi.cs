using Entente.Analysis.Actors;
using Entente.Analysis.Briefing;
using Entente.Analysis.Graph;
using Entente.Analysis.Hypotheses;
using Entente.Core.Hypotheses;
using Entente.Core.Time;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Web.Api;

/// <summary>The analyst's judgement on a pair and an actor: competing hypotheses with overrides, the brief, the entity page.</summary>
public static class JudgementApi
{
    public static void MapJudgementApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ach/{a}/{b}", Ach).WithName("GetHypothesisMatrix").WithTags("judgement").WithProblems(400, 404);
        app.MapPost("/api/ach/{a}/{b}/overrides", Override).WithName("AddCellOverride").WithTags("judgement").WithProblems(400, 404);
        app.MapGet("/api/brief/{a}/{b}", BriefOf).WithName("GetBrief").WithTags("judgement").WithProblems(400, 404);
        app.MapGet("/api/actors/{id}", Actor).WithName("GetActor").WithTags("judgement").WithProblems(404);
    }

    private sealed record Pair(GraphSnapshot Snapshot, string A, string B, IReadOnlyList<CellOverride> Overrides, DateOnly? AsOf);

    /// <summary>The pair as known on <paramref name="asOf"/> (YYYY-MM-DD; everything when absent), with its overrides given by then.</summary>
    private static async Task<(Pair? Pair, ProblemHttpResult? Problem)> LoadAsync(string a, string b, string? asOf, WorkbenchData data, CancellationToken ct)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            var parsed = DateParsing.ParseIsoLike(asOf);
            if (!parsed.Success) return (null, Problems.BadRequest("as_of: " + parsed.Error));
            date = parsed.Value.To;
        }
        var current = await data.SnapshotAsync(ct);
        if (current.Resolve(a) is not { } ea) return (null, Problems.NotFound($"no actor '{a}'"));
        if (current.Resolve(b) is not { } eb) return (null, Problems.NotFound($"no actor '{b}'"));
        if (string.Equals(ea.Id, eb.Id, StringComparison.OrdinalIgnoreCase)) return (null, Problems.BadRequest("name two different actors"));
        var snapshot = date is null ? current : await GraphSnapshot.LoadKnownByAsync(data.Store, data.Knowledge, [ea.Id, eb.Id], date, ct);
        var cutoff = date is { } d ? GraphSnapshot.KnownBy(d) : DateTimeOffset.MaxValue;
        var overrides = (await data.Store.ListCellOverridesAsync(CellOverride.PairKey(ea.Id, eb.Id), ct)).Where(o => o.At < cutoff).ToList();
        return (new Pair(snapshot, ea.Id, eb.Id, overrides, date), null);
    }

    public static async Task<Results<Ok<AchResult>, ProblemHttpResult>> Ach(string a, string b, [FromQuery(Name = "as_of")] string? asOf, WorkbenchData data, CancellationToken ct)
    {
        var (p, problem) = await LoadAsync(a, b, asOf, data, ct);
        if (p is null) return problem!;
        return TypedResults.Ok(AchAnalysis.Run(p.Snapshot, p.A, p.B, HypothesisFile.Default, p.Overrides));
    }

    public sealed record OverrideRequest(string? Row, string? Hypothesis, string? Cell, string? Note = null);

    public static async Task<Results<Created<CellOverride>, ProblemHttpResult>> Override(
        string a, string b, OverrideRequest request, WorkbenchData data, WorkbenchOptions options, CancellationToken ct)
    {
        if (!CellOverrides.TryParse(request.Cell, out var cell)) return Problems.BadRequest($"cell is consistent, inconsistent or neutral, not '{request.Cell}'");
        if (request.Note is { Length: > CellOverrides.MaxNoteLength }) return Problems.BadRequest($"note is at most {CellOverrides.MaxNoteLength} characters");
        var (p, problem) = await LoadAsync(a, b, null, data, ct);
        if (p is null) return problem!;
        var matrix = AchAnalysis.Run(p.Snapshot, p.A, p.B, HypothesisFile.Default, p.Overrides);
        if (CellOverrides.Check(matrix, request.Hypothesis ?? "", request.Row ?? "") is { } error) return Problems.NotFound(error);
        var record = CellOverrides.Create(matrix.Pair, request.Hypothesis!, request.Row!, cell, options.Analyst, options.Clock.GetUtcNow(), request.Note);
        await data.Store.AddCellOverrideAsync(record, ct);
        return TypedResults.Created($"/api/ach/{Uri.EscapeDataString(p.A)}/{Uri.EscapeDataString(p.B)}", record);
    }

    /// <summary>The brief as JSON for the page, or as a Markdown or HTML document to save (format=md|html).</summary>
    public static async Task<Results<Ok<Brief>, ContentHttpResult, ProblemHttpResult>> BriefOf(
        string a, string b, [FromQuery(Name = "as_of")] string? asOf, string? format, HttpRequest request, WorkbenchData data, CancellationToken ct)
    {
        if (format is not (null or "json" or "md" or "html")) return Problems.BadRequest($"format is json, md or html, not '{format}'");
        var (p, problem) = await LoadAsync(a, b, asOf, data, ct);
        if (p is null) return problem!;
        Brief brief;
        try
        {
            brief = BriefBuilder.Build(p.Snapshot, p.A, p.B, HypothesisFile.Default, p.Overrides, p.AsOf);
        }
        catch (BriefException e)
        {
            return Problems.NotFound(e.Message);
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in brief.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal))
            texts[id] = CitationCheck.TextOf(await data.Store.GetSourceAsync(id, ct));
        brief = CitationCheck.Verify(brief, texts);
        var origin = $"{request.Scheme}://{request.Host}/";
        return format switch
        {
            "html" => TypedResults.Content(BriefHtml.Write(brief, origin), "text/html; charset=utf-8"),
            "md" => TypedResults.Content(BriefMarkdown.Write(brief, origin), "text/markdown; charset=utf-8"),
            _ => TypedResults.Ok(brief),
        };
    }

    public static async Task<Results<Ok<ActorReport>, ProblemHttpResult>> Actor(string id, WorkbenchData data, CancellationToken ct)
    {
        var snapshot = await data.SnapshotAsync(ct);
        if (snapshot.Resolve(id) is not { } e) return Problems.NotFound($"no actor '{id}'");
        return TypedResults.Ok(ActorReport.Build(snapshot, e.Id));
    }
}
