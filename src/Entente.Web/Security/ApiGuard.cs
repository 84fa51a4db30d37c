namespace Entente.Web.Security;

/// <summary>
/// Guards /api: with a token set, every API request must carry it in X-Entente-Token (a custom header also
/// forces a CORS preflight, which this server never answers, so other sites cannot send it). Without a
/// token (loopback only), a state-changing request from another origin is refused.
/// </summary>
public sealed class ApiGuard(RequestDelegate next, AccessToken token)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        if (token.IsSet && !token.Matches(context.Request.Headers[AccessToken.HeaderName]))
        {
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "access token required",
                detail: $"send the workbench's token in the {AccessToken.HeaderName} header").ExecuteAsync(context);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && IsCrossOrigin(context.Request))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "cross-origin request refused").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsCrossOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
