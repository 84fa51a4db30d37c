using Entente.Core.Entities;
using Entente.Core.Ontology;

namespace Entente.Knowledge;

/// <summary>
/// Walks the structural links of the knowledge base upward: an organ to the organ or state it is part of,
/// a proxy to its sponsor. This is what lets "the Quds Force" count for Iran and "Wagner" for Russia.
/// </summary>
public static class KnowledgeHierarchy
{
    /// <summary>The entities this one is directly part of or a proxy of, in link order.</summary>
    public static IEnumerable<Entity> Parents(this KnowledgeBase kb, Entity e) =>
        e.Links.Where(l => RelationTypes.InGroup(l.Type, RelationGroups.RollsUp)).Select(l => kb.Get(l.Target)).OfType<Entity>();

    /// <summary>Every entity reached by following part-of and proxy-of links, nearest first, each once.</summary>
    public static IReadOnlyList<Entity> Ancestors(this KnowledgeBase kb, Entity e)
    {
        var found = new List<Entity>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { e.Id };
        var queue = new Queue<Entity>(kb.Parents(e));
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (!seen.Add(next.Id)) continue;
            found.Add(next);
            foreach (var p in kb.Parents(next)) queue.Enqueue(p);
        }
        return found;
    }

    /// <summary>
    /// The state an actor answers to: itself if it is a state, else the nearest state up its part-of and
    /// proxy-of links (IRGC → Iran, Hezbollah → IRGC → Iran, Wagner → Russia), else null.
    /// </summary>
    public static Entity? RollUp(this KnowledgeBase kb, Entity e) =>
        e.Kind == EntityKind.State ? e : kb.Ancestors(e).FirstOrDefault(a => a.Kind == EntityKind.State);

    /// <summary>
    /// The state a state organ belongs to (a state is its own; anything else has none). Without
    /// <paramref name="followPartOf"/> it is the organ's country field: "the Treasury" is the United States'. With it, each
    /// step takes the organ's first part-of link, or its country where it has none, up to four steps, so an organ
    /// the knowledge base gives no country still finds its state through the organ above it. Unlike
    /// <see cref="RollUp"/>, no proxy-of link is followed: this is whose organ it is, not for whom it acts.
    /// </summary>
    public static Entity? StateOf(this KnowledgeBase kb, Entity e, bool followPartOf)
    {
        if (e.Kind == EntityKind.State) return e;
        if (e.Kind != EntityKind.StateOrgan) return null;
        for (var steps = 0; steps < (followPartOf ? 4 : 1); steps++)
        {
            var parent = followPartOf && e.Links.FirstOrDefault(l => l.Type == RelationTypes.PartOf.Id) is { } link ? kb.Get(link.Target)
                : e.Country is { } c ? kb.Get(c) : null;
            if (parent is null) return null;
            if (parent.Kind == EntityKind.State) return parent;
            e = parent;
        }
        return null;
    }

    /// <summary>The state an entity belongs to or is located in: its country field, its located-in chain, or its roll-up.</summary>
    public static Entity? CountryOf(this KnowledgeBase kb, Entity e)
    {
        if (e.Kind == EntityKind.State && e.Iso3 is not null) return e;
        if (e.Country is { } c && kb.Get(c) is { } country) return country;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { e.Id };
        for (var at = e; at.Links.FirstOrDefault(l => l.Type == "located-in") is { } link && seen.Add(link.Target);)
        {
            if (kb.Get(link.Target) is not { } place) break;
            if (place.Kind == EntityKind.State) return place;
            if (place.Country is { } pc && kb.Get(pc) is { } placeCountry) return placeCountry;
            at = place;
        }
        return kb.RollUp(e);
    }
}
