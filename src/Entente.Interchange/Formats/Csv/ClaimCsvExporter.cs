using System.Globalization;
using System.Text;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Csv;

/// <summary>
/// Claims as UTF-8 CSV in the same columns the claims CSV importer reads (so an export can be edited and
/// re-imported), plus ids, the producer, the source id and, for a rejected claim exported on request, its mark.
/// </summary>
public sealed class ClaimCsvExporter : IExporter
{
    public static readonly string[] Columns =
        ["subject", "relation", "object", "certainty", "phase", "from", "to", "materiel", "place", "evidence", "source_title", "id", "subject_name", "object_name", "sphere", "producer", "source_id", "verdict"];

    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await w.WriteLineAsync(string.Join(",", Columns));
        await foreach (var c in claims.WithCancellation(ct))
        {
            string[] cells =
            [
                c.Subject.Id, c.Relation, c.Object?.Id ?? "", c.Certainty.ToId(), c.Phase.ToId(),
                Day(c.Time?.From), Day(c.Time?.To), string.Join(";", c.Materiel.Select(m => m.Id)), c.Place?.Id ?? "",
                c.Evidence.Text, ctx.Sources.GetValueOrDefault(c.SourceId)?.Title ?? "", c.Id, c.Subject.Name, c.Object?.Name ?? "",
                c.Type.SphereId, c.Producer.Name, c.SourceId, VerdictMark.IsRejected(c) ? VerdictMark.Rejected : "",
            ];
            await w.WriteLineAsync(string.Join(",", cells.Select(CsvCell.Of)));
        }
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
