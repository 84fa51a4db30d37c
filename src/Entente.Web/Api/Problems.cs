using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Web.Api;

/// <summary>RFC 9457 problem bodies for the errors the endpoints return.</summary>
public static class Problems
{
    public static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "not found", Detail = detail });

    public static BadRequest<ProblemDetails> BadRequest(string detail) =>
        TypedResults.BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "bad request", Detail = detail });
}
