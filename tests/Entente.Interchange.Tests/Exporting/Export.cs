using Entente.Core.Claims;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Tests.Exporting;

/// <summary>Runs an exporter over claims into a file, for tests.</summary>
public static class Export
{
    public static readonly DateTimeOffset Stamp = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static async Task ToFileAsync(IExporter exporter, IEnumerable<Claim> claims, string path, ExportContext? ctx = null)
    {
        await using var output = File.Create(path);
        await exporter.WriteAsync(claims.ToAsyncEnumerable(), ctx ?? new ExportContext(Stamp), output, TestContext.Current.CancellationToken);
    }
}
