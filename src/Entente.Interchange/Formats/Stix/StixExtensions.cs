using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// The claim fields STIX has no property for, written on a relationship as custom <c>x_entente_*</c>
/// properties and read back from them, so a bundle we export imports to the same claims: the time's
/// precision and wording, certainty, phase, our confidence, materiel, place, quantity and the evidence offsets.
/// </summary>
public static class StixExtensions
{
    public static void Write(Utf8JsonWriter w, Claim c)
    {
        if (c.Time is { } t)
        {
            w.WriteString("x_entente_time_precision", t.Precision.ToString().ToLowerInvariant());
            if (t.Text.Length > 0) w.WriteString("x_entente_time_text", t.Text);
        }
        w.WriteString("x_entente_claim_id", c.Id);
        // Where the evidence lies in the source's text, which the report of the claim's source stands for.
        w.WriteNumber("x_entente_evidence_start", c.Evidence.Start);
        w.WriteNumber("x_entente_evidence_end", c.Evidence.End);
        w.WriteString("x_entente_certainty", c.Certainty.ToId());
        w.WriteString("x_entente_phase", c.Phase.ToId());
        w.WriteNumber("x_entente_confidence", c.Confidence);
        if (VerdictMark.IsRejected(c)) w.WriteString("x_entente_verdict", VerdictMark.Rejected);
        if (c.Materiel.Count > 0)
        {
            w.WriteStartArray("x_entente_materiel");
            foreach (var m in c.Materiel) Entity(w, null, m);
            w.WriteEndArray();
        }
        if (c.Place is { } place) Entity(w, "x_entente_place", place);
        if (c.Quantity is { } q)
        {
            w.WriteStartObject("x_entente_quantity");
            w.WriteString("text", q.Text);
            if (q.Low is { } low) w.WriteNumber("low", low);
            if (q.High is { } high) w.WriteNumber("high", high);
            if (q.Unit is { } unit) w.WriteString("unit", unit);
            w.WriteEndObject();
        }
    }

    private static void Entity(Utf8JsonWriter w, string? name, EntityRef e)
    {
        if (name is null) w.WriteStartObject();
        else w.WriteStartObject(name);
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("kind", e.Kind.ToId());
        w.WriteEndObject();
    }

    public static ClaimTime? Time(StixObject o)
    {
        var from = StixTime.Day(o.Str("start_time"));
        var to = StixTime.LastDay(o.Str("stop_time"));
        if (from is null && to is null) return null;
        var first = from ?? to!.Value;
        var last = to is { } t && t >= first ? t : first;
        var precision = ClaimTime.ParsePrecision(o.Str("x_entente_time_precision")).GetValueOrDefault(TimePrecision.Day);
        return ClaimTime.Between(first, last, precision, o.Str("x_entente_time_text") ?? "");
    }

    public static IReadOnlyList<Mention> Materiel(StixObject o) =>
        o.Json.TryGetProperty("x_entente_materiel", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => MentionOf(m, EntityKind.Materiel)).OfType<Mention>().ToList()
            : [];

    public static Mention? Place(StixObject o) =>
        o.Json.TryGetProperty("x_entente_place", out var p) ? MentionOf(p, EntityKind.Place) : null;

    public static Quantity? Quantity(StixObject o)
    {
        if (!o.Json.TryGetProperty("x_entente_quantity", out var q) || q.ValueKind != JsonValueKind.Object || Text(q, "text") is not { } text) return null;
        static double? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetDouble(out var d) ? d : null;
        return new Quantity(text, Number(q, "low"), Number(q, "high"), Text(q, "unit"));
    }

    public static int? Confidence(StixObject o) => Int(o, "x_entente_confidence");

    public static int? EvidenceStart(StixObject o) => Int(o, "x_entente_evidence_start");

    public static int? EvidenceEnd(StixObject o) => Int(o, "x_entente_evidence_end");

    private static int? Int(StixObject o, string name) =>
        o.Json.TryGetProperty(name, out var v) && v.TryGetInt32(out var c) ? c : null;

    private static Mention? MentionOf(JsonElement e, EntityKind fallback)
    {
        if (e.ValueKind != JsonValueKind.Object || Text(e, "name") is not { } name) return null;
        var kind = EntityKinds.TryParse(Text(e, "kind"), out var k) ? k : fallback;
        return new Mention(name, kind) { Id = Text(e, "id") };
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
