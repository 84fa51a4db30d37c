using Entente.Extraction.Readers;

namespace Entente.Web.Api;

/// <summary>
/// The file types an upload may have, from the readers themselves: the page's file picker offers exactly these, so it
/// cannot drift from what the server reads (it once offered .txt and .md only, while HTML and PDF were read too).
/// </summary>
public static class UploadFormatsApi
{
    public static void MapUploadFormatsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/uploads/formats", Formats).WithName("GetUploadFormats").WithTags("sources");

    public static Ok<UploadFormats> Formats() => TypedResults.Ok(new UploadFormats(DocumentReader.Extensions));
}

/// <summary>File name extensions with their leading dot (".pdf"), as an input's accept attribute lists them.</summary>
public sealed record UploadFormats(IReadOnlyList<string> Extensions);
