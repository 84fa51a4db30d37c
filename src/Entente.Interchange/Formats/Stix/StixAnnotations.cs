namespace Entente.Interchange.Formats.Stix;

/// <summary>What notes, reports and opinions say about the objects they point at.</summary>
public sealed class StixAnnotations
{
    private readonly Dictionary<string, string> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Key, string Value)>> _props = new(StringComparer.Ordinal);

    public void Add(StixObject o)
    {
        switch (o.Type)
        {
            case "note" when o.Str("content") is { } content:
                foreach (var r in o.Refs("object_refs")) _evidence.TryAdd(r, content);
                break;
            case "report":
                foreach (var r in o.Refs("object_refs")) Put(r, "stix_report", o.Str("name") ?? o.Id);
                break;
            case "opinion" when o.Str("opinion") is { } opinion:
                foreach (var r in o.Refs("object_refs")) Put(r, "stix_opinion", opinion);
                break;
        }
    }

    private void Put(string id, string key, string value)
    {
        if (!_props.TryGetValue(id, out var list)) _props[id] = list = [];
        list.Add((key, value));
    }

    public string? EvidenceFor(string id) => _evidence.GetValueOrDefault(id);

    public Dictionary<string, string> PropertiesFor(string id)
    {
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in _props.GetValueOrDefault(id) ?? []) props[k] = props.TryGetValue(k, out var old) ? old + "; " + v : v;
        return props;
    }
}
