using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Pipeline;

namespace Entente.Extraction.Output;

/// <summary>
/// Writes extraction results in the output contract (docs/schema/extraction-output.schema.json): one
/// document as <c>{"document": {...}, "claims": [...]}</c>, or claims one per line (JSON Lines).
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Options with { Indented = true };

    public static void WriteDocument(Stream stream, ExtractionResult result, bool indented = false)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Options);
        w.WriteStartObject();
        WriteDocumentInfo(w, result);
        w.WriteStartArray("claims");
        foreach (var c in result.Claims) WriteClaim(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(ExtractionResult result, bool indented = false)
    {
        using var ms = new MemoryStream();
        WriteDocument(ms, result, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>One claim per line; each line is a complete JSON object.</summary>
    public static void WriteLines(Stream stream, ExtractionResult result)
    {
        foreach (var c in result.Claims)
        {
            using (var w = new Utf8JsonWriter(stream, Options)) WriteClaim(w, c);
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteDocumentInfo(Utf8JsonWriter w, ExtractionResult result)
    {
        var d = result.Document;
        w.WriteStartObject("document");
        w.WriteString("source_id", d.SourceId);
        WriteStringOrNull(w, "title", d.Metadata.Title);
        WriteStringOrNull(w, "author", d.Metadata.Author);
        WriteStringOrNull(w, "publisher", d.Metadata.Publisher);
        WriteStringOrNull(w, "published", d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteStringOrNull(w, "url", d.Metadata.Url);
        w.WriteString("origin", d.Origin);
        w.WriteEndObject();
    }

    public static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        WriteEntity(w, "subject", c.Subject);
        w.WriteString("relation", c.Relation);
        WriteEntity(w, "object", c.Object);
        w.WriteStartArray("materiel");
        foreach (var m in c.Materiel) WriteEntityValue(w, m);
        w.WriteEndArray();
        WriteEntity(w, "place", c.Place);
        if (c.Time is { } t)
        {
            w.WriteStartObject("time");
            w.WriteString("from", t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("to", t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("precision", Core.Time.ClaimTime.PrecisionId(t.Precision));
            w.WriteString("text", t.Text);
            w.WriteEndObject();
        }
        else w.WriteNull("time");
        if (c.Quantity is { } q)
        {
            w.WriteStartObject("quantity");
            w.WriteString("text", q.Text);
            WriteNumberOrNull(w, "low", q.Low);
            WriteNumberOrNull(w, "high", q.High);
            w.WriteEndObject();
        }
        else w.WriteNull("quantity");
        w.WriteString("certainty", EnumIds.Of(c.Certainty));
        w.WriteString("phase", EnumIds.Of(c.Phase));
        WriteStringOrNull(w, "attributed_to", c.AttributedTo);
        w.WriteNumber("confidence", c.Confidence);
        w.WriteString("rule", c.Producer.Name);
        if (c.Producer.Version is { } version)
        {
            w.WriteStartObject("model");
            w.WriteString("version", version);
            WriteNumberOrNull(w, "score", c.Producer.Score);
            w.WriteStartArray("rules");
            foreach (var r in c.Producer.Rules) w.WriteStringValue(r);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("model");
        w.WriteStartArray("cues");
        foreach (var cue in c.Cues) w.WriteStringValue(cue);
        w.WriteEndArray();
        w.WriteStartObject("evidence");
        w.WriteNumber("start", c.Evidence.Start);
        w.WriteNumber("end", c.Evidence.End);
        WriteNumberOrNull(w, "original_start", c.Evidence.OriginalStart);
        WriteNumberOrNull(w, "original_end", c.Evidence.OriginalEnd);
        w.WriteString("text", c.Evidence.Text);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, string name, EntityRef? e)
    {
        if (e is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        WriteEntityValue(w, e);
    }

    private static void WriteEntityValue(Utf8JsonWriter w, EntityRef e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("kind", EnumIds.Of(e.Kind));
        w.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
