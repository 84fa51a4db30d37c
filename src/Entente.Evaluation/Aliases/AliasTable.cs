using Entente.Core.Entities;

namespace Entente.Evaluation;

/// <summary>
/// Which gold key a name stands for: built from alias files (<c>{"key": ["name", …]}</c>) with score.py's
/// <c>load_aliases</c> and read with its <c>resolve</c>. Files are read in order and a later mapping of the
/// same normalized name wins, as in the Python dictionary.
/// </summary>
public sealed class AliasTable
{
    private readonly Dictionary<string, string> _keyByName;

    private AliasTable(Dictionary<string, string> keyByName, IReadOnlyList<string> files)
    {
        _keyByName = keyByName;
        Files = files;
    }

    /// <summary>The files the table was read from, in reading order (empty for a table built in code).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>How many normalized names the table knows.</summary>
    public int Count => _keyByName.Count;

    public static AliasTable Empty { get; } = new([], []);

    /// <summary>A table from keys and their names, in the order given (for tests and in-memory corpora).</summary>
    public static AliasTable From(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> entries)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, names) in entries) Add(table, key, names);
        return new AliasTable(table, []);
    }

    /// <summary>Reads alias files in order; every problem of every file is reported in one <see cref="GoldFormatException"/>.</summary>
    public static AliasTable Load(IEnumerable<string> files)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = new List<string>();
        var problems = new List<GoldProblem>();
        foreach (var file in files)
        {
            read.Add(file);
            foreach (var (key, names) in AliasFileReader.Read(file, problems)) Add(table, key, names);
        }
        if (problems.Count > 0) throw new GoldFormatException(problems);
        return new AliasTable(table, read);
    }

    private static void Add(Dictionary<string, string> table, string key, IEnumerable<string> names)
    {
        table[AliasNames.Normalize(key)] = key;
        foreach (var name in names) table[AliasNames.Normalize(name)] = key;
    }

    /// <summary>The gold key a name is listed under, if any.</summary>
    public bool TryGetKey(string? name, out string key)
    {
        key = "";
        return !string.IsNullOrEmpty(name) && _keyByName.TryGetValue(AliasNames.Normalize(name), out key!);
    }

    /// <summary>
    /// score.py's <c>resolve</c>: the key of the first candidate the table knows; else the slug of the first
    /// non-empty candidate (which is empty when that candidate has no letters or digits); null when all are empty.
    /// </summary>
    public string? Resolve(params IReadOnlyList<string?> candidates)
    {
        foreach (var c in candidates)
            if (TryGetKey(c, out var key)) return key;
        foreach (var c in candidates)
            if (!string.IsNullOrEmpty(c)) return AliasNames.Normalize(c).Replace(' ', '-');
        return null;
    }

    /// <summary>An extracted entity as score.py reads it from the JSON output: its name, then its id.</summary>
    public string? Resolve(EntityRef? entity) => entity is null ? null : Resolve(entity.Name, entity.Id);
}
