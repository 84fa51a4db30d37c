using Entente.Core.Sources;

namespace Entente.Interchange.Formats.Stix;

/// <summary>What notes, reports and opinions say about the objects they point at, and which report is each object's source.</summary>
public sealed class StixAnnotations
{
    private readonly Dictionary<string, string> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Key, string Value)>> _props = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _citedBy = new(StringComparer.Ordinal);

    public void Add(StixObject o)
    {
        switch (o.Type)
        {
            case "note" when o.Str("content") is { } content:
                foreach (var r in o.Refs("object_refs")) _evidence.TryAdd(r, content);
                break;
            case "report":
                var source = StixReports.SourceOf(o);
                foreach (var r in o.Refs("object_refs"))
                {
                    Put(r, "stix_report", o.Str("name") ?? o.Id);
                    // An object several reports name is credited to the first; the others stay listed as properties.
                    _citedBy.TryAdd(r, source);
                }
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

    /// <summary>The source of the first report that names the object, if any does.</summary>
    public Source? SourceFor(string id) => _citedBy.GetValueOrDefault(id);

    public Dictionary<string, string> PropertiesFor(string id)
    {
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in _props.GetValueOrDefault(id) ?? []) props[k] = props.TryGetValue(k, out var old) ? old + "; " + v : v;
        return props;
    }
}
