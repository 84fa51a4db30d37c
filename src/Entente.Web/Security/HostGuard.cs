using Entente.Web.Hosting;

namespace Entente.Web.Security;

/// <summary>
/// Refuses a request to a loopback workbench whose Host header names another machine. A page on attacker.example
/// can point its own name at 127.0.0.1 (DNS rebinding) and then talk to this server as its own origin, past the
/// browser's same-origin rule and past the Origin check; the Host header it must send still says attacker.example.
/// A workbench listening beyond this machine needs its access token on every API call, and is not bound to one name.
/// </summary>
public sealed class HostGuard(RequestDelegate next, WorkbenchOptions options)
{
    private readonly bool _loopback = ListenAddress.IsLoopback(options.Host);

    public async Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (_loopback && !ListenAddress.IsLoopback(host))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "host not allowed",
                detail: $"this workbench listens on {options.Host} and answers only requests addressed to localhost, 127.0.0.1 or [::1], not to '{host}'")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
