using System.Collections.Concurrent;

namespace Entente.Web.Hosting;

/// <summary>
/// Keeps the JSON of successful GET answers that are pure functions of the analysis snapshot (graph, profile, map,
/// timeline, relation evidence, network analyses, the home page's overview), keyed on path and query and tagged with
/// the snapshot's store version. A repeated request costs one version read and a copy instead of rebuilding the view (about 30 ms of CPU each on a large
/// store, which at 50 concurrent clients gave a p99 near 0.8 s). Any write moves the version on, so an answer is
/// never served from data older than what a fresh one would use. Bounded: the whole cache is dropped when it is
/// full or when the version moves on (old entries could never be served again). Search answers depend only on the
/// store, so they are kept too. Each entry is also kept gzipped (compressed once, when stored) and sent so to clients
/// that accept it: a hub's neighbourhood is megabytes of JSON, and sending it costs more than anything else.
/// Answers read from the store itself rather than the snapshot (<see cref="StoreRead"/>: the timeline, from the listing
/// lines) are looked up by the store's version (<see cref="WorkbenchData.StoreVersionAsync"/>), so serving them never
/// loads the snapshot, and kept under the version their handler says they have everything up to (<see cref="AnsweredAt"/>).
/// </summary>
public sealed class ResponseCache(RequestDelegate next, WorkbenchData data)
{
    /// <summary>Path prefixes whose answers depend only on the snapshot and the request.</summary>
    public static readonly string[] Cached = ["/api/graph/", "/api/profile/", "/api/map/", "/api/timeline/", "/api/relations/", "/api/search", "/api/network/", "/api/overview"];

    /// <summary>Path prefixes among <see cref="Cached"/> whose answers are read from the store, not from the snapshot.</summary>
    public static readonly string[] StoreRead = ["/api/timeline/"];

    public const int MaxEntries = 2048;

    /// <summary>Answers larger than this are not kept, so a few huge views cannot fill memory.</summary>
    public const int MaxEntryBytes = 4 * 1024 * 1024;

    private sealed record Entry(long Version, string ContentType, byte[] Body, byte[] Gzipped);

    private static readonly object AnsweredVersionKey = new();

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _version = -1;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !Cached.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.Ordinal)))
        {
            await next(http);
            return;
        }
        var version = StoreRead.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.Ordinal))
            ? await data.StoreVersionAsync(http.RequestAborted)
            : (await data.CurrentAsync(http.RequestAborted)).Version;
        var key = http.Request.Path.Value + http.Request.QueryString.Value;
        if (_entries.TryGetValue(key, out var hit) && hit.Version == version)
        {
            var gzip = AcceptsGzip(http.Request);
            var body = gzip ? hit.Gzipped : hit.Body;
            http.Response.ContentType = hit.ContentType;
            http.Response.ContentLength = body.Length;
            http.Response.Headers.Vary = "Accept-Encoding";
            if (gzip) http.Response.Headers.ContentEncoding = "gzip";
            http.Response.Headers["X-Entente-Cache"] = "hit";
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var answer = buffer.ToArray();
        // A store-read answer that fell back on the snapshot has only what the snapshot has: it is kept under that version.
        var answered = http.Items.TryGetValue(AnsweredVersionKey, out var v) && v is long at ? at : version;
        if (http.Response.StatusCode == StatusCodes.Status200OK && answer.Length <= MaxEntryBytes && http.Response.ContentType is { } type)
            Keep(key, new Entry(answered, type, answer, Gzip(answer)));
        http.Response.Headers.Vary = "Accept-Encoding";
        await original.WriteAsync(answer, http.RequestAborted);
    }

    /// <summary>Tells the cache which store version a handler's answer has everything up to, when that is not the one it looked up.</summary>
    public static void AnsweredAt(HttpContext http, long version) => http.Items[AnsweredVersionKey] = version;

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));

    private static byte[] Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest)) gzip.Write(body);
        return compressed.ToArray();
    }

    private void Keep(string key, Entry entry)
    {
        var seen = Interlocked.Read(ref _version);
        if (entry.Version < seen) return;
        if (entry.Version > seen && Interlocked.CompareExchange(ref _version, entry.Version, seen) == seen) _entries.Clear();
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = entry;
    }
}
