using System.Text.Json.Nodes;
using Json.Schema;

namespace Entente.Interchange.Tests.Exporting;

/// <summary>The official STIX 2.1 JSON schemas, all registered so their relative $refs resolve.</summary>
public sealed class StixSchemas
{
    private readonly Dictionary<string, JsonSchema> _byTitle = [];
    private readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List };

    public StixSchemas(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonSchema.FromFile(file);
            _options.SchemaRegistry.Register(schema);
            _byTitle[Path.GetFileNameWithoutExtension(file)] = schema;
        }
    }

    /// <summary>Errors of one object against the schema of its type ("" when valid).</summary>
    public string Check(string schemaName, JsonNode node)
    {
        var result = _byTitle[schemaName].Evaluate(node, _options);
        if (result.IsValid) return "";
        var details = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return string.Join("; ", details.Take(5));
    }
}
