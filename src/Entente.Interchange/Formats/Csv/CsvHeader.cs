using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Csv;

/// <summary>Columns of a CSV file by their header names (case-insensitive), so column order is free.</summary>
public sealed class CsvHeader(IReadOnlyList<string> names)
{
    private readonly Dictionary<string, int> _at = names.Select((n, i) => (n.Trim().ToLowerInvariant(), i))
        .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().i);

    public int Count => names.Count;

    public bool Has(string name) => _at.ContainsKey(name);

    public IEnumerable<string> Missing(params string[] required) => required.Where(r => !Has(r));

    /// <summary>The trimmed cell of the named column, "" when the column is absent.</summary>
    public string Get(CsvRecord r, string name) => _at.TryGetValue(name, out var i) && i < r.Count ? r[i].Trim() : "";
}
