using System.Text.Json;
using Entente.Core.Hashing;
using Entente.Core.Sources;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// A source as a STIX report and back. The report's name, published date and first external reference carry
/// what STIX has a place for (title, date, publisher, URL); <c>x_entente_*</c> properties carry the rest, so a
/// bundle we wrote gives back the source with its id, publisher and reliability, and corroboration, which
/// counts sources and publishers, comes out as it went in. A report from another tool becomes a source named by
/// its own STIX id.
/// </summary>
public static class StixReports
{
    public static void WriteSourceFields(Utf8JsonWriter w, string sourceId, Source? s)
    {
        w.WriteString("x_entente_source_id", sourceId);
        if (s is null) return;
        w.WriteString("x_entente_content_hash", s.ContentHash);
        w.WriteString("x_entente_reliability", s.Reliability.ToString());
        w.WriteString("x_entente_source_kind", s.Kind.ToString().ToLowerInvariant());
        if (s.Publisher is { Length: > 0 } publisher) w.WriteString("x_entente_publisher", publisher);
        if (s.Author is { Length: > 0 } author) w.WriteString("x_entente_author", author);
        // STIX requires "published"; without a date of our own it holds the export time, so the real one goes here.
        if (s.Published is { } published) w.WriteString("x_entente_published", StixTime.Start(published));
    }

    /// <summary>The source a report stands for.</summary>
    public static Source SourceOf(StixObject report)
    {
        var ours = report.Str("x_entente_source_id");
        var reference = FirstReference(report);
        var id = ours ?? SourceIds.FromHash(ContentHash.Of("stix:" + report.Id));
        return new Source
        {
            Id = id,
            Title = report.Str("name") ?? report.Id,
            Author = report.Str("x_entente_author"),
            Publisher = ours is not null ? report.Str("x_entente_publisher") : reference?.Str("source_name"),
            Url = reference?.Str("url"),
            Published = StixTime.Day(ours is not null ? report.Str("x_entente_published") : report.Str("published")),
            ContentHash = report.Str("x_entente_content_hash") ?? ContentHash.Of("stix:" + report.Id),
            Reliability = Enum.TryParse<Reliability>(report.Str("x_entente_reliability"), ignoreCase: false, out var r) && Enum.IsDefined(r) ? r : Reliability.F,
            Kind = Enum.TryParse<SourceKind>(report.Str("x_entente_source_kind"), ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : SourceKind.Article,
            Origin = "STIX " + report.Id,
        };
    }

    private static StixObject? FirstReference(StixObject report) =>
        report.Json.TryGetProperty("external_references", out var refs) && refs.ValueKind == JsonValueKind.Array
            && refs.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
            ? new StixObject(report.Line, first, "")
            : null;
}
