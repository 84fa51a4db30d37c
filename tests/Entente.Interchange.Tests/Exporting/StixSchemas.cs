using System.Text.Json.Nodes;
using Json.Schema;

namespace Entente.Interchange.Tests.Exporting;

/// <summary>
/// The official STIX 2.1 JSON schemas, all registered so their relative $refs to the common schemas resolve.
/// A bundle is checked against the bundle schema and each object against the schema of its type. The
/// official bundle schema lists only some object types in its oneOf (note, opinion and location are
/// missing, as infrastructure once was: oasis-open/cti-stix2-json-schemas#133); an object of an unlisted
/// type falls to its "custom object" branch, which no object with created/modified can pass. So the bundle
/// schema sees one object of each type it lists, and every object, listed or not, meets its own type's schema.
/// That is the bundle schema's whole check: its oneOf accepts an object when exactly one type schema does,
/// and each type schema pins its type; but run over every object the oneOf costs about half a second each.
/// </summary>
public sealed class StixSchemas
{
    private readonly Dictionary<string, JsonSchema> _byName = [];
    private readonly HashSet<string> _listedInBundle;
    private readonly EvaluationOptions _flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private readonly EvaluationOptions _list = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public StixSchemas(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonSchema.FromFile(file);
            _flag.SchemaRegistry.Register(schema);
            _list.SchemaRegistry.Register(schema);
            _byName[Path.GetFileNameWithoutExtension(file)] = schema;
            if (Path.GetFileName(file) == "bundle.json") _listedInBundle = ListedTypes(File.ReadAllText(file));
        }
        _listedInBundle ??= [];
    }

    /// <summary>Every error of the bundle and of its objects, one per line ("" when all is valid).</summary>
    public string CheckBundle(JsonNode bundle)
    {
        var errors = new List<string>();
        var listed = bundle.DeepClone();
        if (listed["objects"] is JsonArray objects)
            foreach (var o in objects.Where(o => !_listedInBundle.Contains(Type(o))).ToList()) objects.Remove(o);
        if (listed["objects"] is JsonArray kept)
            foreach (var extra in kept.GroupBy(Type).SelectMany(g => g.Skip(1)).ToList()) kept.Remove(extra);
        if (Check("bundle", listed) is { Length: > 0 } b) errors.Add("bundle: " + b);
        foreach (var o in bundle["objects"]?.AsArray() ?? [])
        {
            var why = _byName.ContainsKey(Type(o)) ? Check(Type(o), o!) : "no official schema for this type";
            if (why.Length > 0) errors.Add($"{o?["id"]}: {why}");
        }
        return string.Join("\n", errors.Take(10));
    }

    /// <summary>Errors of one instance against one schema ("" when valid); details are gathered only on failure.</summary>
    public string Check(string schemaName, JsonNode node)
    {
        if (_byName[schemaName].Evaluate(node, _flag).IsValid) return "";
        var result = _byName[schemaName].Evaluate(node, _list);
        var details = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return string.Join("; ", details.Take(5).DefaultIfEmpty("invalid"));
    }

    private static string Type(JsonNode? o) => o?["type"]?.GetValue<string>() ?? "";

    /// <summary>The object types the bundle schema's oneOf names, by the files its $refs point at.</summary>
    private static HashSet<string> ListedTypes(string bundleSchema) =>
        System.Text.RegularExpressions.Regex.Matches(bundleSchema, "\"\\$ref\": \"\\.\\./(?:sdos|sros|observables|common)/([a-z0-9-]+)\\.json\"")
            .Select(m => m.Groups[1].Value).ToHashSet();
}
