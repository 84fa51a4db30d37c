using Entente.Core.Time;
using Entente.Interchange.Importing;

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

/// <summary>Claim fields carried by a relationship: its time interval and our materiel extension.</summary>
public static class StixClaimFields
{
    public static ClaimTime? Time(StixObject o)
    {
        var from = StixTime.Day(o.Str("start_time"));
        var to = StixTime.LastDay(o.Str("stop_time"));
        if (from is null && to is null) return null;
        var first = from ?? to!.Value;
        var last = to is { } t && t >= first ? t : first;
        var precision = ClaimTime.ParsePrecision(o.Str("x_entente_time_precision")).GetValueOrDefault(TimePrecision.Day);
        return new ClaimTime(first, last, precision, o.Str("x_entente_time_text") ?? "");
    }

    public static IReadOnlyList<Mention> Materiel(StixObject o)
    {
        if (!o.Json.TryGetProperty("x_entente_materiel", out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array) return [];
        return list.EnumerateArray()
            .Where(m => m.TryGetProperty("name", out _))
            .Select(m => new Mention(m.GetProperty("name").GetString() ?? "", Core.Entities.EntityKind.Materiel)
            {
                Id = m.TryGetProperty("id", out var id) ? id.GetString() : null,
            })
            .ToList();
    }
}
