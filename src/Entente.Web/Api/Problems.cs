namespace Entente.Web.Api;

/// <summary>RFC 9457 problem documents (application/problem+json) for the errors the endpoints return.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "not found", detail: detail);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bad request", detail: detail);

    /// <summary>Declares the problems an endpoint may answer, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var s in statuses) endpoint.ProducesProblem(s);
        return endpoint;
    }
}
