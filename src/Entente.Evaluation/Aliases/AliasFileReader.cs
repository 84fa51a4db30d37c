using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>Reads one alias file, adding a problem (and giving nothing) where the file is not an object of name lists.</summary>
internal static class AliasFileReader
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Read(string file, List<GoldProblem> problems)
    {
        var before = problems.Count;
        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        if (!File.Exists(file))
        {
            problems.Add(new GoldProblem(file, null, "no such alias file"));
            return entries;
        }
        var bytes = File.ReadAllBytes(file);
        if (GoldJson.Parse(file, bytes, problems) is not { } json) return entries;
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new GoldProblem(file, 1, "an alias file is an object of key: [names]"));
                return entries;
            }
            var lines = JsonLines.Of(bytes);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, line) in lines.RootProperties())
                if (!seen.Add(key)) problems.Add(new GoldProblem(file, line, $"key '{key}' is listed twice"));
            foreach (var p in json.RootElement.EnumerateObject())
            {
                var names = p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(n => n.ValueKind == JsonValueKind.String)
                    ? p.Value.EnumerateArray().Select(n => n.GetString()!).ToList()
                    : null;
                if (names is null) problems.Add(new GoldProblem(file, lines.RootPropertyLine(p.Name), $"the names of '{p.Name}' are not a list of strings"));
                else entries.Add(new(p.Name, names));
            }
        }
        return problems.Count == before ? entries : [];
    }
}
