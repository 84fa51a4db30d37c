namespace Entente.Core.Sources;

/// <summary>
/// How a publisher is named in the publisher table: lower case, without a scheme, "www." or path, so
/// "https://www.Reuters.com/world" and "reuters.com" name the same publisher.
/// </summary>
public static class PublisherKey
{
    public static string Of(string publisher)
    {
        var key = publisher.Trim().ToLowerInvariant();
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) key = key[(scheme + 3)..];
        // A host keeps what comes before its path; a name such as "Entente Sample Desk" has no slash and stays whole.
        if (scheme >= 0 && key.IndexOfAny(['/', '?', '#']) is var cut and >= 0) key = key[..cut];
        if (key.StartsWith("www.", StringComparison.Ordinal)) key = key[4..];
        return key;
    }

    /// <summary>
    /// The keys a source answers to, most specific first: its publisher as written, then its address's host and each
    /// domain above it ("news.bbc.co.uk" is also "bbc.co.uk" and "co.uk"; a table never rates "co.uk", so that is harmless).
    /// </summary>
    public static IEnumerable<string> CandidatesFor(Source source)
    {
        if (!string.IsNullOrWhiteSpace(source.Publisher)) yield return Of(source.Publisher);
        if (source.Url is null || !Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) yield break;
        var host = Of(uri.Host);
        while (host.Contains('.', StringComparison.Ordinal))
        {
            yield return host;
            host = host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }
    }
}
