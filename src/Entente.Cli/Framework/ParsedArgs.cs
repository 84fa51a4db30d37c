using Entente.Core.Time;

namespace Entente.Cli.Framework;

/// <summary>The positional arguments and options given to one command.</summary>
public sealed class ParsedArgs(IReadOnlyList<string> positional, IReadOnlyDictionary<string, List<string>> options)
{
    public IReadOnlyList<string> Positional { get; } = positional;

    public bool Has(string name) => options.ContainsKey(name);

    public string? Get(string name) => options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string name) =>
        options.TryGetValue(name, out var v) ? v.SelectMany(x => x.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];

    public string Require(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"missing {what}");

    public int GetInt(string name, int fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var i) ? i : throw new UsageException($"--{name} takes a whole number, not '{v}'");
    }

    public DateOnly? GetDate(string name, bool endOfPeriod = false)
    {
        var v = Get(name);
        if (v is null) return null;
        var parsed = DateParsing.ParseIsoLike(v);
        if (!parsed.Success) throw new UsageException($"--{name}: {parsed.Error}");
        return endOfPeriod ? parsed.Value.To : parsed.Value.From;
    }
}
