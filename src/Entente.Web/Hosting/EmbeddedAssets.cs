using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Entente.Web.Hosting;

/// <summary>
/// Serves the bundled front end, embedded in this assembly at build time (wwwroot/…), so the server
/// works wherever the assembly goes. Unknown paths outside /api and /openapi fall back to index.html.
/// </summary>
public sealed class EmbeddedAssets(RequestDelegate next)
{
    private static readonly Assembly Owner = typeof(EmbeddedAssets).Assembly;
    private static readonly HashSet<string> Names = new(Owner.GetManifestResourceNames(), StringComparer.Ordinal);
    private static readonly FileExtensionContentTypeProvider Types = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) ||
            path.StartsWith("/api", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var name = "wwwroot" + (path == "/" ? "/index.html" : path);
        if (!Names.Contains(name))
        {
            if (Path.HasExtension(path))
            {
                await next(context);
                return;
            }
            name = "wwwroot/index.html";
        }
        using var stream = Owner.GetManifestResourceStream(name)!;
        context.Response.ContentType = Types.TryGetContentType(name, out var type) ? AddCharset(type) : "application/octet-stream";
        // Chunk names carry a content hash; the rest must be revalidated so a rebuilt bundle is picked up.
        context.Response.Headers.CacheControl = name.Contains("/chunk-", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static string AddCharset(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;

    public static bool HasFrontEnd => Names.Contains("wwwroot/index.html");
}
