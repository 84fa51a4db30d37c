using Entente.Analysis.Graph;
using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Web.Api;

/// <summary>Claims (as verdicts leave them), entity search, and the ontology the pages' forms offer.</summary>
public static class ClaimsApi
{
    public static void MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", List).WithName("ListClaims").WithTags("claims").WithProblems(400);
        app.MapGet("/api/claims/{id}", Get).WithName("GetClaim").WithTags("claims").WithProblems(404);
        app.MapGet("/api/entities", Entities).WithName("SearchEntities").WithTags("claims");
        app.MapGet("/api/ontology", Ontology).WithName("GetOntology").WithTags("claims");
    }

    public static async Task<Results<Ok<IReadOnlyList<ClaimView>>, ProblemHttpResult>> List(
        string? actor, string? relation, int? limit, int? offset, WorkbenchData data, TextContext text, CancellationToken ct)
    {
        if (relation is not null && !RelationTypes.TryGet(relation, out _)) return Problems.BadRequest($"unknown relation '{relation}'");
        if (limit is < 1 or > 1000) return Problems.BadRequest("limit is 1–1000");
        if (offset is < 0) return Problems.BadRequest("offset is 0 or more");
        var snapshot = await data.SnapshotAsync(ct);
        var filter = new AnalysisFilter { Relations = relation is null ? [] : [relation] };
        var claims = (actor is null ? snapshot.Graph.All(filter) : snapshot.Graph.Touching(actor, filter))
            .Select(x => x.Claim).Skip(offset ?? 0).Take(limit ?? 100);
        return TypedResults.Ok(await new ClaimViews(data.Store, text).ViewAsync(claims, ct));
    }

    /// <summary>One claim as stored, whatever verdicts say of it.</summary>
    public static async Task<Results<Ok<ClaimView>, ProblemHttpResult>> Get(string id, WorkbenchData data, TextContext text, CancellationToken ct) =>
        await data.Store.GetClaimAsync(id, ct) is { } claim
            ? TypedResults.Ok(await new ClaimViews(data.Store, text).ViewAsync(claim, ct))
            : Problems.NotFound($"no claim '{id}'");

    public static async Task<Ok<IReadOnlyList<EntityView>>> Entities(string? q, int? limit, WorkbenchData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.Ok<IReadOnlyList<EntityView>>([]);
        var take = Math.Clamp(limit ?? 20, 1, 100);
        var found = data.Knowledge.Search(q).Take(take).Select(e => new EntityView(e.Id, e.Name, e.Kind, e.Country, e.Iso3)).ToList();
        // Entities outside the knowledge base (made by imports) are found by exact id or name.
        if (found.Count == 0 && (await data.SnapshotAsync(ct)).Resolve(q.Trim()) is { } r)
            found.Add(new EntityView(r.Id, r.Name, r.Kind, null, null));
        return TypedResults.Ok<IReadOnlyList<EntityView>>(found);
    }

    public static Ok<OntologyView> Ontology() => TypedResults.Ok(new OntologyView(
        RelationTypes.All.Select(t => new RelationView(t.Id, t.Sphere, t.Symmetric)).ToList(),
        Enum.GetValues<Sphere>(), Enum.GetValues<Certainty>(), Enum.GetValues<Phase>()));
}

public sealed record EntityView(string Id, string Name, EntityKind Kind, string? Country, string? Iso3);

public sealed record RelationView(string Id, Sphere Sphere, bool Symmetric);

public sealed record OntologyView(IReadOnlyList<RelationView> Relations, IReadOnlyList<Sphere> Spheres, IReadOnlyList<Certainty> Certainties, IReadOnlyList<Phase> Phases);
