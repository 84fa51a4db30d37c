namespace Entente.Storage.Sql;

/// <summary>
/// One string per distinct name read from a result set: a hub's rows repeat the same few actor and source ids
/// hundreds of thousands of times, and keeping one copy of each saves both the allocations and the memory.
/// </summary>
internal sealed class SharedNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public string Of(ReadOnlySpan<char> text)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        _names[s] = s;
        return s;
    }
}
