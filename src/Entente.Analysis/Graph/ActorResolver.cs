using Entente.Core.Entities;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Analysis.Graph;

/// <summary>Turns what a user typed ("Russia", "the Houthis", "irgc") into an entity: the knowledge base first, then the store's entities.</summary>
public static class ActorResolver
{
    public static async Task<EntityRef?> ResolveAsync(IEntenteStore store, KnowledgeBase kb, string idOrName, CancellationToken ct = default)
    {
        if (kb.Resolve(idOrName) is { } known) return EntityRef.Of(known);
        if (await store.GetEntityAsync(idOrName, ct) is { } byId) return EntityRef.Of(byId);
        var key = NameKey.Of(idOrName);
        var stored = (await store.ListEntitiesAsync(ct)).Where(e => e.Names().Any(n => NameKey.Of(n) == key)).OrderBy(e => e.Kind).FirstOrDefault();
        return stored is null ? null : EntityRef.Of(stored);
    }
}
