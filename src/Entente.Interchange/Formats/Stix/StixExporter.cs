using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// A STIX 2.1 bundle: each entity once as an identity, threat actor or location; each claim with an
/// object as a relationship whose type is our relation id; its evidence as a note; each source as a
/// report listing its relationships (<see cref="StixReports"/>). Claims are streamed; only the entity ids written so far and the
/// relationship ids per source (for the reports, written last) are kept.
/// </summary>
public sealed class StixExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var stamp = StixTime.Stamp(ctx.Timestamp);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("type", "bundle");
        w.WriteString("id", StixIds.For("bundle", "bundle:" + stamp));
        w.WriteStartArray("objects");
        await foreach (var c in claims.WithCancellation(ct))
        {
            if (c.Object is null || StixKinds.TypeOf(c.Subject.Kind) is null || StixKinds.TypeOf(c.Object.Kind) is null) continue;
            foreach (var e in new[] { c.Subject, c.Object })
                if (written.Add(e.Id)) WriteEntity(w, e, ctx, stamp);
            var relId = StixIds.For("relationship", c.Id);
            WriteRelationship(w, c, relId, stamp);
            if (c.Evidence.Text.Length > 0) WriteNote(w, c, relId, stamp);
            if (!bySource.TryGetValue(c.SourceId, out var refs)) bySource[c.SourceId] = refs = [];
            refs.Add(relId);
            if (w.BytesPending > 1 << 16) await w.FlushAsync(ct);
        }
        foreach (var (sourceId, refs) in bySource) WriteReport(w, sourceId, refs, ctx, stamp);
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void Common(Utf8JsonWriter w, string type, string id, string stamp)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WriteString("spec_version", "2.1");
        w.WriteString("id", id);
        w.WriteString("created", stamp);
        w.WriteString("modified", stamp);
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityRef e, ExportContext ctx, string stamp)
    {
        var type = StixKinds.TypeOf(e.Kind)!;
        Common(w, type, StixIds.For(type, e.Id), stamp);
        w.WriteString("name", e.Name);
        var full = ctx.Entities.GetValueOrDefault(e.Id);
        if (type == "identity") w.WriteString("identity_class", e.Kind == EntityKind.Person ? "individual" : "organization");
        if (type == "threat-actor" && full is { Aliases.Count: > 0 }) Strings(w, "aliases", full.Aliases);
        if (type == "location")
        {
            if (full?.Location is { } p)
            {
                w.WriteNumber("latitude", p.Latitude);
                w.WriteNumber("longitude", p.Longitude);
            }
            else w.WriteString("region", "unknown");
        }
        if (full?.Description is { Length: > 0 } d) w.WriteString("description", d);
        w.WriteString("x_entente_id", e.Id);
        w.WriteString("x_entente_kind", e.Kind.ToId());
        w.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter w, Claim c, string relId, string stamp)
    {
        Common(w, "relationship", relId, stamp);
        w.WriteString("relationship_type", c.Relation);
        w.WriteString("source_ref", StixIds.For(StixKinds.TypeOf(c.Subject.Kind)!, c.Subject.Id));
        w.WriteString("target_ref", StixIds.For(StixKinds.TypeOf(c.Object!.Kind)!, c.Object.Id));
        w.WriteNumber("confidence", c.Certainty.StixConfidence());
        if (c.Time is { } t)
        {
            w.WriteString("start_time", StixTime.Start(t.From));
            w.WriteString("stop_time", StixTime.Stop(t.To));
        }
        StixExtensions.Write(w, c);
        w.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter w, Claim c, string relId, string stamp)
    {
        Common(w, "note", StixIds.For("note", "evidence:" + c.Id), stamp);
        w.WriteString("content", c.Evidence.Text);
        Strings(w, "object_refs", [relId]);
        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, string sourceId, List<string> refs, ExportContext ctx, string stamp)
    {
        var s = ctx.Sources.GetValueOrDefault(sourceId);
        Common(w, "report", StixIds.For("report", sourceId), stamp);
        w.WriteString("name", s?.Title ?? sourceId);
        w.WriteString("published", s?.Published is { } p ? StixTime.Start(p) : stamp);
        Strings(w, "object_refs", refs);
        w.WriteStartArray("external_references");
        w.WriteStartObject();
        w.WriteString("source_name", s?.Publisher ?? "entente");
        w.WriteString("external_id", sourceId);
        if (s?.Url is { Length: > 0 } url && Uri.IsWellFormedUriString(url, UriKind.Absolute)) w.WriteString("url", url);
        if (s?.Title is { Length: > 0 } title) w.WriteString("description", title);
        w.WriteEndObject();
        w.WriteEndArray();
        StixReports.WriteSourceFields(w, sourceId, s);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
