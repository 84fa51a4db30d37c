using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Serialization;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Csv;

/// <summary>Relations (see <see cref="RelationRow"/>) as CSV.</summary>
public sealed class RelationCsvExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var rows = await RelationRow.GroupAsync(claims, ct);
        await using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await w.WriteLineAsync("subject,subject_name,relation,object,object_name,claims,sources,first,last,rejected");
        foreach (var r in rows)
        {
            string[] cells = [r.Subject, r.SubjectName, r.Relation, r.Object ?? "", r.ObjectName ?? "", Num(r.Claims), Num(r.SourceIds.Count), Day(r.First), Day(r.Last), Num(r.Rejected)];
            await w.WriteLineAsync(string.Join(",", cells.Select(CsvCell.Of)));
        }
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Relations (see <see cref="RelationRow"/>) as a JSON array.</summary>
public sealed class RelationJsonExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var rows = await RelationRow.GroupAsync(claims, ct);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = EntenteJson.Options.Encoder });
        w.WriteStartArray();
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("subject", r.Subject);
            w.WriteString("subject_name", r.SubjectName);
            w.WriteString("relation", r.Relation);
            if (r.Object is not null)
            {
                w.WriteString("object", r.Object);
                w.WriteString("object_name", r.ObjectName);
            }
            w.WriteNumber("claims", r.Claims);
            w.WriteNumber("sources", r.SourceIds.Count);
            if (r.Rejected > 0) w.WriteNumber("rejected", r.Rejected);
            if (r.First is { } f) w.WriteString("first", RelationCsvExporter.Day(f));
            if (r.Last is { } l) w.WriteString("last", RelationCsvExporter.Day(l));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        await w.FlushAsync(ct);
    }
}
