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
