using System.Globalization;
using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Ftm;

/// <summary>
/// FollowTheMoney JSON lines. Each entity once (Person; PublicBody for state organs; Organization for the
/// rest, FTM having no schema for a state), then each claim as a link: part-of → Membership, sanction →
/// Sanction (authority = the subject's name, entity = the target), every other relation → UnknownLink,
/// with the relation id as the link's role, the claim's dates, its evidence as the summary and its certainty as
/// the status.
/// </summary>
public sealed class FtmExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var c in claims.WithCancellation(ct))
        {
            if (c.Object is null) continue;
            foreach (var e in new[] { c.Subject, c.Object })
                if (written.Add(e.Id)) await Line(output, w => Entity(w, e, ctx), ct);
            await Line(output, w => Link(w, c), ct);
        }
    }

    private static async Task Line(Stream output, Action<Utf8JsonWriter> body, CancellationToken ct)
    {
        await using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Core.Serialization.EntenteJson.Options.Encoder }))
            body(w);
        await output.WriteAsync("\n"u8.ToArray(), ct);
    }

    private static void Entity(Utf8JsonWriter w, EntityRef e, ExportContext ctx)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("schema", e.Kind switch { EntityKind.Person => "Person", EntityKind.StateOrgan => "PublicBody", _ => "Organization" });
        w.WriteStartObject("properties");
        var full = ctx.Entities.GetValueOrDefault(e.Id);
        Strings(w, "name", [e.Name]);
        if (full is { Aliases.Count: > 0 }) Strings(w, "alias", full.Aliases);
        if (full?.Iso2 is { } iso2) Strings(w, "country", [iso2.ToLowerInvariant()]);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Link(Utf8JsonWriter w, Claim c)
    {
        var (schema, from, to) = c.Relation == RelationTypes.PartOf.Id ? ("Membership", "member", "organization")
            : c.Relation == RelationTypes.Sanction.Id ? ("Sanction", "authority", "entity")
            : ("UnknownLink", "subject", "object");
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("schema", schema);
        w.WriteStartObject("properties");
        Strings(w, from, [schema == "Sanction" ? c.Subject.Name : c.Subject.Id]);
        Strings(w, to, [c.Object!.Id]);
        Strings(w, "role", [c.Relation]);
        if (c.Time is { } t)
        {
            Strings(w, "startDate", [t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            Strings(w, "endDate", [t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }
        if (c.Evidence.Text.Length > 0) Strings(w, "summary", [c.Evidence.Text]);
        // FtM's status of a link is free text; our certainty id there keeps a denial from coming back as a fact.
        Strings(w, "status", [c.Certainty.ToId()]);
        if (VerdictMark.IsRejected(c)) Strings(w, "description", ["rejected by an analyst"]);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
