using Entente.Core.Entities;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web.Views;

/// <summary>
/// The entities a view can name: the knowledge base overlaid with the store's entities (imports may add
/// some). Answers the two questions views ask: what a claim's actor rolls up to, and which state a place is in.
/// </summary>
public sealed class EntityDirectory
{
    private readonly KnowledgeBase _all;

    private EntityDirectory(KnowledgeBase all) => _all = all;

    public static async Task<EntityDirectory> LoadAsync(KnowledgeBase knowledge, IEntenteStore store, CancellationToken ct)
    {
        var stored = await store.ListEntitiesAsync(ct);
        return new EntityDirectory(KnowledgeBase.From(knowledge.Entities.Concat(stored)));
    }

    public Entity? Get(string id) => _all.Get(id);

    public IReadOnlyList<Entity> Search(string query) => _all.Search(query);

    /// <summary>With roll-up on, organs, people and regimes stand for the state they belong to.</summary>
    public EntityRef RollUp(EntityRef actor)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = Get(actor.Id);
        while (current is not null && current.Kind is not EntityKind.State && seen.Add(current.Id))
        {
            var parent = current.Country ?? current.Links.FirstOrDefault(l => l.Type == "part-of")?.Target;
            if (parent is null || current.Kind is not (EntityKind.StateOrgan or EntityKind.Person or EntityKind.Regime)) break;
            current = Get(parent);
        }
        return current is null || current.Id == actor.Id ? actor : EntityRef.Of(current);
    }

    /// <summary>The ids a view of an actor reads claims for: itself, and with roll-up everything that rolls up to it.</summary>
    public IReadOnlyCollection<string> Members(string actorId, bool rollUp)
    {
        if (!rollUp) return [actorId];
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { actorId };
        foreach (var e in _all.Entities)
            if (e.Kind.IsActor() && string.Equals(RollUp(EntityRef.Of(e)).Id, actorId, StringComparison.OrdinalIgnoreCase)) ids.Add(e.Id);
        return ids;
    }

    /// <summary>The ISO alpha-3 code of the state a place is, or lies in; null when unknown.</summary>
    public string? StateIso3(string placeId)
    {
        var e = Get(placeId);
        for (var hops = 0; e is not null && hops < 4; hops++)
        {
            if (e.Iso3 is { } iso) return iso.ToUpperInvariant();
            var next = e.Country ?? e.Links.FirstOrDefault(l => l.Type == "located-in")?.Target;
            e = next is null ? null : Get(next);
        }
        return null;
    }
}
