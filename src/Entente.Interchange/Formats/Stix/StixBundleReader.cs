using System.Text.Json;

namespace Entente.Interchange.Formats.Stix;

/// <summary>One object of a bundle with the line it starts on and its JSON text.</summary>
public sealed record StixObject(int Line, JsonElement Json, string Raw, int Start = 0, int End = 0)
{
    public string Type => Str("type") ?? "";
    public string Id => Str("id") ?? "";

    public string? Str(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public IReadOnlyList<string> Refs(string name) =>
        Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}

/// <summary>
/// Splits a STIX bundle into its objects, each with its starting line. A bundle is one JSON value whose
/// references may point forward, so it is read whole (unlike the line formats, which stream).
/// </summary>
public static class StixBundleReader
{
    public static List<StixObject> Read(byte[] bytes)
    {
        var objects = new List<StixObject>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var lineCounter = new LineCounter(bytes);
        var inObjects = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("objects"))
            {
                inObjects = true;
                continue;
            }
            if (inObjects && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                using var doc = JsonDocument.ParseValue(ref reader);
                var end = (int)reader.BytesConsumed;
                objects.Add(new StixObject(lineCounter.LineAt(start), doc.RootElement.Clone(), System.Text.Encoding.UTF8.GetString(bytes, start, end - start), start, end));
            }
            else if (inObjects && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray) inObjects = false;
        }
        return objects;
    }

    /// <summary>Line numbers for byte offsets, counted forward once.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private int _at, _line = 1;

        public int LineAt(int offset)
        {
            for (; _at < offset; _at++) if (bytes[_at] == (byte)'\n') _line++;
            return _line;
        }
    }
}
