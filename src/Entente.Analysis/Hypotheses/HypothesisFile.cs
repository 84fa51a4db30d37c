using System.Text.RegularExpressions;

namespace Entente.Analysis.Hypotheses;

/// <summary>
/// Reads a hypotheses file (the format is at the top of default-hypotheses.txt and in docs/hypotheses.md). Every
/// mistake is reported with the file and line, and nothing of a faulty file is used.
/// </summary>
public static partial class HypothesisFile
{
    /// <summary>The shipped hypotheses; the analyst's own file replaces them, it is not merged with them.</summary>
    public const string DefaultName = "default-hypotheses.txt";

    public static IReadOnlyList<Hypothesis> Default { get; } = Parse(ReadDefault(), DefaultName);

    public static string ReadDefault()
    {
        using var stream = typeof(HypothesisFile).Assembly.GetManifestResourceStream(DefaultName)
            ?? throw new InvalidOperationException($"{DefaultName} is not embedded in {typeof(HypothesisFile).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<Hypothesis> Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HypothesisFileException($"{path}: cannot read the hypotheses file ({e.Message})");
        }
        return Parse(text, path);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    private sealed class Draft(string id, string title, int line)
    {
        public string Id { get; } = id;
        public int Line { get; } = line;
        public string? Summary { get; set; }
        public List<TraitPattern> Consistent { get; } = [];
        public List<TraitPattern> Inconsistent { get; } = [];
        public Hypothesis Build() => new(Id, title, Summary, Consistent, Inconsistent);
    }

    public static IReadOnlyList<Hypothesis> Parse(string text, string file)
    {
        var drafts = new List<Draft>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            HypothesisFileException Error(string why) => new($"{file}:{i + 1}: {why}");
            var colon = line.IndexOf(':');
            if (colon < 0) throw Error("expected 'hypothesis ID: Title', 'summary:', 'consistent:' or 'inconsistent:'");
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key.StartsWith("hypothesis ", StringComparison.Ordinal))
            {
                var id = key["hypothesis ".Length..].Trim();
                if (!IdPattern().IsMatch(id)) throw Error($"'{id}' is not a hypothesis id (lower-case letters, digits and dashes)");
                if (drafts.Find(d => d.Id == id) is { } first) throw Error($"hypothesis '{id}' is already defined on line {first.Line}");
                if (value.Length == 0) throw Error($"hypothesis '{id}' has no title after the colon");
                drafts.Add(new Draft(id, value, i + 1));
                continue;
            }
            if (drafts.Count == 0) throw Error($"'{key}:' comes before any 'hypothesis ID: Title' line");
            var current = drafts[^1];
            switch (key)
            {
                case "summary" when current.Summary is not null:
                    throw Error($"hypothesis '{current.Id}' has a summary already");
                case "summary":
                    current.Summary = value;
                    break;
                case "consistent" or "inconsistent":
                    foreach (var pattern in Patterns(value, Error))
                    {
                        var other = key == "consistent" ? current.Inconsistent : current.Consistent;
                        if (other.Any(p => p.ToString() == pattern.ToString()))
                            throw Error($"'{pattern}' is both consistent and inconsistent with hypothesis '{current.Id}'");
                        (key == "consistent" ? current.Consistent : current.Inconsistent).Add(pattern);
                    }
                    break;
                default:
                    throw Error($"unknown key '{key}' (hypothesis, summary, consistent, inconsistent)");
            }
        }
        if (drafts.Count < 2)
            throw new HypothesisFileException($"{file}: {drafts.Count} hypotheses; competing hypotheses need at least two");
        if (drafts.Find(d => d.Consistent.Count + d.Inconsistent.Count == 0) is { } empty)
            throw new HypothesisFileException($"{file}:{empty.Line}: hypothesis '{empty.Id}' has no consistent or inconsistent patterns, so no evidence bears on it");
        return drafts.ConvertAll(d => d.Build());
    }

    private static IEnumerable<TraitPattern> Patterns(string value, Func<string, HypothesisFileException> error)
    {
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        if (items.Any(s => s.Length == 0)) throw error("an empty pattern (two commas in a row, or a comma at an end)");
        foreach (var item in items)
        {
            var traits = item.Split('+', StringSplitOptions.TrimEntries);
            foreach (var t in traits)
            {
                var why = t.Length == 0 ? "an empty trait around '+'" : EvidenceTraits.Check(t);
                if (why is not null) throw error(why);
            }
            yield return new TraitPattern(traits);
        }
    }
}
