namespace Entente.Web.Hosting;

/// <summary>
/// The server's one error policy: every error status answers with an RFC 9457 problem document carrying the
/// request id (endpoints write their own; this fills the bodies Kestrel and the framework leave empty, such as 413
/// and 415), and an unhandled exception is logged with its stack trace and answered with a 500 problem document
/// that reveals nothing of it.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddWorkbenchErrors(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["request_id"] = c.HttpContext.TraceIdentifier);

    /// <summary>First in the pipeline, so that it sees what every later middleware and endpoint throws or leaves empty.</summary>
    public static WebApplication UseWorkbenchErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
