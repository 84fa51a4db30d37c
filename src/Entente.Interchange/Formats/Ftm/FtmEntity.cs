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

    /// <summary>The entity and every entity nested in its properties (OpenSanctions' targets.nested.json), outermost first.</summary>
    public static List<FtmEntity> Flatten(JsonElement e, int line, string raw)
    {
        var all = new List<FtmEntity>();
        Walk(e, line, raw, all);
        return all;
    }

    private static string? Walk(JsonElement e, int line, string raw, List<FtmEntity> all)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("id", out var id) || !e.TryGetProperty("schema", out var schema)) return null;
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
                    else if (Walk(v, line, raw, all) is { } nestedId) values.Add(nestedId);
                }
                props[prop.Name] = values;
            }
        all[at] = new FtmEntity(id.GetString() ?? "", schema.GetString() ?? "", props, line, raw);
        return id.GetString();
    }
}
