namespace Entente.Core.Sources;

/// <summary>
/// The id of a source: "src-" and the first 20 hex digits of its content hash. One formula for documents, data sets
/// and imported reports, so the same content gets the same id whichever path stored it.
/// </summary>
public static class SourceIds
{
    public static string FromHash(string contentHash) => "src-" + contentHash[..20];
}
