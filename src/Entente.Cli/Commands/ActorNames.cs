using Entente.Analysis.Graph;
using Entente.Cli.Framework;
using Entente.Core.Entities;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// The one way every command turns an actor the user typed into an entity id: the knowledge base first, then the
/// store's entities (ones from `kb add` or an import), by id or any name. A miss is an error (exit 1) that suggests
/// the nearest names, so a typo never quietly answers about nobody.
/// </summary>
internal static class ActorNames
{
    private const int Suggestions = 3;

    public static async Task<string> IdAsync(IEntenteStore store, KnowledgeBase kb, string name)
    {
        if (await ActorResolver.ResolveAsync(store, kb, name) is { } found) return found.Id;
        var near = Nearest(name, kb.Entities.Concat(await store.ListEntitiesAsync()), kb);
        throw new CliException($"unknown actor '{name}': no entity in the knowledge base or {store.Description} has that name or id"
            + (near.Count > 0 ? $" (did you mean {string.Join(", ", near)}?)" : $"; `entente kb search {name}` lists the knowledge base"));
    }

    public static async Task<IReadOnlyList<string>> IdsAsync(IEntenteStore store, KnowledgeBase kb, IEnumerable<string> names)
    {
        var ids = new List<string>();
        foreach (var n in names) ids.Add(await IdAsync(store, kb, n));
        return ids;
    }

    /// <summary>
    /// The names closest to a miss: entities one of whose names starts with it or is a small edit away (a typo:
    /// "Rusia", "Hezbolah"), then what the knowledge base's search finds in names (a word, a substring). Typos come
    /// first because a substring hit is often another word: "rusia" is inside "Belarusian".
    /// </summary>
    internal static IReadOnlyList<string> Nearest(string name, IEnumerable<Entity> entities, KnowledgeBase kb)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return [];
        var searched = kb.Search(name).Select(e => e.Name);
        var allowed = Math.Max(1, key.Length / 4);
        var close = entities
            .Select(e => (e.Name, Distance: e.Names().Append(e.Id).Select(NameKey.Of).Min(n => n.StartsWith(key, StringComparison.Ordinal) ? 0 : Edits(key, n))))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name);
        return close.Concat(searched).Distinct(StringComparer.Ordinal).Take(Suggestions).ToList();
    }

    /// <summary>Levenshtein distance, two rows at a time: names are short, and it runs only on a miss.</summary>
    private static int Edits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
