using Entente.Web.Hosting;
using Entente.Web.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>Document upload: size- and type-checked, then extracted and stored.</summary>
public static class UploadApi
{
    public static void MapUploadApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/uploads", Upload).WithName("UploadDocument").WithTags("sources")
            // Cross-site posts are stopped by ApiGuard (token header or same-origin check).
            .DisableAntiforgery();

    public static async Task<Results<Created<UploadResult>, BadRequest<ProblemDetails>, ProblemHttpResult>> Upload(
        IFormFile file, WorkbenchData data, WorkbenchOptions options, CancellationToken ct)
    {
        if (options.Extractor is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "no extractor", detail: "this workbench was started without an extraction pipeline");
        if (file.Length > options.MaxUploadBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "too large",
                detail: $"{file.FileName} is {file.Length} bytes; the limit is {options.MaxUploadBytes}");
        if (file.Length == 0) return Problems.BadRequest($"{file.FileName} is empty");
        if (!UploadedText.HasAllowedExtension(file.FileName))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "unsupported type",
                detail: $"{file.FileName}: upload {string.Join(", ", UploadedText.Extensions)} files");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (text, error) = UploadedText.Decode(buffer.ToArray(), file.FileName);
        if (text is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "unsupported content", detail: error);
        var result = await new DocumentIngestor(options.Extractor, data.Store).IngestAsync(text, Path.GetFileName(file.FileName), ct);
        return TypedResults.Created($"/api/sources/{result.SourceId}", result);
    }
}
