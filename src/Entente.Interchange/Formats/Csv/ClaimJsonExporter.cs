using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Serialization;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Csv;

/// <summary>Claims as one JSON array in the domain's JSON shape (<see cref="EntenteJson"/>), written one claim at a time.</summary>
public sealed class ClaimJsonExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = EntenteJson.Options.Encoder });
        w.WriteStartArray();
        await foreach (var c in claims.WithCancellation(ct))
        {
            JsonSerializer.Serialize(w, c, EntenteJson.Options);
            if (w.BytesPending > 1 << 16) await w.FlushAsync(ct);
        }
        w.WriteEndArray();
        await w.FlushAsync(ct);
    }
}
