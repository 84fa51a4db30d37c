using Entente.Core.Entities;

namespace Entente.Knowledge;

/// <summary>
/// Ranks entities against a free-text query: exact name, then prefix, then substring; and when the query
/// names an entity, everything that belongs to it (its organs, proxies, people, places) comes after.
/// </summary>
internal static class KnowledgeSearch
{
    public static IReadOnlyList<Entity> Run(KnowledgeBase kb, string query)
    {
        var q = NameKey.Of(query);
        if (q.Length == 0) return [];
        var named = kb.Resolve(query);
        return kb.Entities
            .Select(e => (e, score: Score(kb, e, q, named)))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.e.Kind).ThenBy(x => x.e.Name, StringComparer.Ordinal)
            .Select(x => x.e)
            .ToList();
    }

    private static int Score(KnowledgeBase kb, Entity e, string q, Entity? named)
    {
        var names = e.Names().Concat(e.Adjectives).Append(e.Id).Select(NameKey.Of).ToList();
        if (names.Contains(q)) return 5;
        if (names.Any(n => n.StartsWith(q, StringComparison.Ordinal))) return 4;
        if (names.Any(n => n.Split(' ').Any(w => w.StartsWith(q, StringComparison.Ordinal)))) return 3;
        if (named is not null && BelongsTo(kb, e, named)) return 2;
        return names.Any(n => n.Contains(q, StringComparison.Ordinal)) ? 1 : 0;
    }

    private static bool BelongsTo(KnowledgeBase kb, Entity e, Entity named) =>
        string.Equals(e.Country, named.Id, StringComparison.OrdinalIgnoreCase)
        || kb.Ancestors(e).Any(a => a.Id == named.Id);
}
