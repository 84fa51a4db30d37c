using Entente.Extraction.Readers;
using Entente.Ingest;

namespace Entente.Web.Api;

/// <summary>Document upload: size- and type-checked, read by the extraction readers, extracted and stored.</summary>
public static class UploadApi
{
    public static void MapUploadApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/uploads", Upload).WithName("UploadDocument").WithTags("sources").WithProblems(400, 413, 415, 422, 429, 503)
            .RequireRateLimiting(Hosting.UploadLimits.Policy)
            // Cross-site posts are stopped by ApiGuard (token header or same-origin check) instead.
            .DisableAntiforgery();

    public static async Task<Results<Created<UploadResult>, ProblemHttpResult>> Upload(
        IFormFile file, WorkbenchData data, WorkbenchOptions options, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length > options.MaxUploadBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "too large",
                detail: $"{name} is {file.Length} bytes; the limit is {options.MaxUploadBytes}");
        if (!DocumentReader.IsReadable(name))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "unsupported type",
                detail: $"{name}: upload one of {string.Join(", ", DocumentReader.Extensions)}");

        if (options.Extractor is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "no extractor", detail: "this workbench was started without an extraction pipeline");

        // The readers work on files; the upload gets a private temporary one with only its extension kept.
        var dir = Directory.CreateTempSubdirectory("entente-upload-");
        try
        {
            var path = Path.Combine(dir.FullName, "upload" + Path.GetExtension(name).ToLowerInvariant());
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            Extraction.Documents.Document document;
            try
            {
                document = new DocumentReader(new DocumentReaderOptions { MaxBytes = options.MaxUploadBytes }).Read(path);
            }
            catch (DocumentReadException e)
            {
                return Problems.BadRequest($"{name}: {e.Problem}");
            }
            document = document with
            {
                Origin = name,
                Metadata = document.Metadata with { Title = document.Metadata.Title == "upload" ? Path.GetFileNameWithoutExtension(name) : document.Metadata.Title },
            };
            UploadResult result;
            try
            {
                // The same service `ingest` uses: the upload stores the source, claims and entities the CLI would.
                var ingest = new DocumentIngest(data.Store, data.Knowledge);
                result = UploadResult.Of(await ingest.IngestAsync(document, options.Extractor, options.ExtractionBudget, options.Clock.GetUtcNow(), ct));
            }
            catch (Extraction.Pipeline.ExtractionBudgetExceeded)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "extraction budget exceeded",
                    detail: $"{name}: extraction took longer than its {Extraction.Pipeline.ExtractionBudget.Describe(options.ExtractionBudget)} budget; nothing was stored");
            }
            data.Invalidate();
            return TypedResults.Created($"/api/sources/{result.SourceId}", result);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
