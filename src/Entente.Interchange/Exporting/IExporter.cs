using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Sources;

namespace Entente.Interchange.Exporting;

/// <summary>Writes claims to a stream in one format, reading them one at a time.</summary>
public interface IExporter
{
    Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default);
}

/// <summary>
/// What an export may look up besides the claims: their sources and the entities they name (both small
/// next to the claims), and the time to stamp on created objects, passed in so exports are reproducible.
/// </summary>
public sealed record ExportContext(DateTimeOffset Timestamp)
{
    public IReadOnlyDictionary<string, Source> Sources { get; init; } = new Dictionary<string, Source>();
    public IReadOnlyDictionary<string, Entity> Entities { get; init; } = new Dictionary<string, Entity>();
}
