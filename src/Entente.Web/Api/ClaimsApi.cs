using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Storage;
using Entente.Web.Hosting;
using Entente.Web.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>Claims, entities and the ontology the pages' forms offer.</summary>
public static class ClaimsApi
{
    public static void MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", List).WithName("ListClaims").WithTags("claims");
        app.MapGet("/api/claims/{id}", Get).WithName("GetClaim").WithTags("claims");
        app.MapGet("/api/entities", Entities).WithName("SearchEntities").WithTags("claims");
        app.MapGet("/api/ontology", Ontology).WithName("GetOntology").WithTags("claims");
    }

    public static async Task<Results<Ok<IReadOnlyList<ClaimView>>, BadRequest<ProblemDetails>>> List(
        string? actor, string? relation, string? source, int? limit, int? offset, WorkbenchData data, CancellationToken ct)
    {
        if (relation is not null && !RelationTypes.TryGet(relation, out _)) return Problems.BadRequest($"unknown relation '{relation}'");
        if (limit is < 1 or > 1000) return Problems.BadRequest("limit is 1–1000");
        var query = new ClaimQuery
        {
            Actors = actor is null ? [] : [actor],
            Relations = relation is null ? [] : [relation],
            Sources = source is null ? [] : [source],
            Limit = limit ?? 100,
            Offset = Math.Max(0, offset ?? 0),
        };
        var claims = await EffectiveClaims.LoadAsync(data.Store, query, ct);
        return TypedResults.Ok(await new ClaimViews(data.Store).ViewAsync(claims, ct));
    }

    public static async Task<Results<Ok<ClaimView>, NotFound<ProblemDetails>>> Get(string id, WorkbenchData data, CancellationToken ct) =>
        await data.Store.GetClaimAsync(id, ct) is { } claim
            ? TypedResults.Ok(await new ClaimViews(data.Store).ViewAsync(claim, ct))
            : Problems.NotFound($"no claim '{id}'");

    public static async Task<Ok<IReadOnlyList<EntityView>>> Entities(string? q, int? limit, WorkbenchData data, CancellationToken ct)
    {
        var dir = await data.DirectoryAsync(ct);
        IReadOnlyList<EntityView> found = string.IsNullOrWhiteSpace(q) ? [] :
            dir.Search(q).Take(Math.Clamp(limit ?? 20, 1, 100)).Select(e => new EntityView(e.Id, e.Name, e.Kind, e.Country, e.Iso3)).ToList();
        return TypedResults.Ok(found);
    }

    public static Ok<OntologyView> Ontology() => TypedResults.Ok(new OntologyView(
        RelationTypes.All.Select(t => new RelationView(t.Id, t.Sphere, t.Symmetric)).ToList(),
        Enum.GetValues<Sphere>(), Enum.GetValues<Certainty>(), Enum.GetValues<Phase>()));
}

public sealed record EntityView(string Id, string Name, EntityKind Kind, string? Country, string? Iso3);

public sealed record RelationView(string Id, Sphere Sphere, bool Symmetric);

public sealed record OntologyView(IReadOnlyList<RelationView> Relations, IReadOnlyList<Sphere> Spheres, IReadOnlyList<Certainty> Certainties, IReadOnlyList<Phase> Phases);
