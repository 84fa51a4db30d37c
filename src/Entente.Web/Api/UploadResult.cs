namespace Entente.Web.Api;

/// <summary>What an upload did: <c>added</c> is false when the same content was already stored.</summary>
public sealed record UploadResult(string SourceId, string Title, bool Added, int ClaimsAdded, int ClaimsFound, int Mentions)
{
    public static UploadResult Of(Ingest.SingleIngest done) =>
        new(done.Source.Id, done.Source.Title, done.Added, done.ClaimsAdded, done.ClaimsFound, done.Mentions);
}
