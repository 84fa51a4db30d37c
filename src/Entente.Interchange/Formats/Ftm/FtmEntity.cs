using System.Text.Json;

namespace Entente.Interchange.Formats.Ftm;

/// <summary>A FollowTheMoney entity: id, schema and multi-valued properties (nested entities replaced by their ids).</summary>
public sealed record FtmEntity(string Id, string Schema, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, int Line, string Raw)
{
    /// <summary>Where the line holding the entity starts and ends in the file.</summary>
    public int Start { get; init; }
    public int End { get; init; }

    public IReadOnlyList<string> Values(string property) => Properties.GetValueOrDefault(property) ?? [];

    public string? First(string property) => Values(property).FirstOrDefault();

    /// <summary>
    /// The entity on a line and every entity nested in its properties (OpenSanctions' targets.nested.json), outermost
    /// first; or, when the line is not an entity, why not. An object with an id and a schema is an entity wherever it
    /// sits, so an id or schema that is not a string is an error there too rather than a value silently dropped.
    /// </summary>
    public static (List<FtmEntity> Entities, string? Error) Flatten(JsonElement e, int line, string raw)
    {
        if (e.ValueKind != JsonValueKind.Object) return ([], $"an FtM line must be a JSON object, not {Kind(e)}");
        if (!e.TryGetProperty("id", out _) || !e.TryGetProperty("schema", out _)) return ([], "an FtM entity needs an \"id\" and a \"schema\"");
        var all = new List<FtmEntity>();
        string? error = null;
        Walk(e, line, raw, all, ref error);
        return error is null ? (all, null) : ([], error);
    }

    private static string? Walk(JsonElement e, int line, string raw, List<FtmEntity> all, ref string? error)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("id", out var id) || !e.TryGetProperty("schema", out var schema)) return null;
        if (id.ValueKind != JsonValueKind.String || schema.ValueKind != JsonValueKind.String)
        {
            var (name, value) = id.ValueKind != JsonValueKind.String ? ("id", id) : ("schema", schema);
            error ??= $"an FtM entity's \"{name}\" must be a string, not {Kind(value)}";
            return null;
        }
        var props = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var at = all.Count;
        all.Add(null!);
        if (e.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            foreach (var prop in p.EnumerateObject())
            {
                if (prop.Value.ValueKind != JsonValueKind.Array) continue;
                var values = new List<string>();
                foreach (var v in prop.Value.EnumerateArray())
                {
                    if (v.ValueKind == JsonValueKind.String) values.Add(v.GetString()!);
                    else if (Walk(v, line, raw, all, ref error) is { } nestedId) values.Add(nestedId);
                }
                props[prop.Name] = values;
            }
        all[at] = new FtmEntity(id.GetString()!, schema.GetString()!, props, line, raw);
        return id.GetString();
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
