using Entente.Core.Entities;
using Entente.Knowledge;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The entities one document names that the knowledge base lacks ("Asia Sun Trading Co. Ltd.", "General Ahmad
/// Vahidi"), kept while its sentences are read so that a later short form ("Asia Sun Trading", "Vahidi") names the
/// same entity. Each is marked <see cref="Entity.NeedsReview"/>; its id is the slug of its name without legal-form
/// words, so the same company in two documents is one entity. Created per document: nothing is shared.
/// </summary>
public sealed class ProvisionalEntities(KnowledgeBase kb)
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byForm = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Entity> All => _byId.Values;

    /// <summary>
    /// The entity a name denotes: the knowledge base's when it knows the name or the slug, one this document already
    /// named, or a new provisional one. <paramref name="core"/> is the name without legal-form words, the id's source;
    /// <paramref name="links"/> what the text says the entity belongs to (an official's part-of link to the state).
    /// </summary>
    public Entity Get(string name, string core, EntityKind kind, string? country, IReadOnlyList<EntityLink>? links = null)
    {
        if ((Known(name) ?? Known(core)) is { } known) return known;
        var id = CollectiveFinder.Slug(core);
        if (kb.Get(id) is { } byId && byId.Kind.IsActor() == kind.IsActor()) return byId;
        if (_byId.TryGetValue(id, out var seen)) return seen;
        var e = new Entity { Id = id, Name = name, Kind = kind, Country = country, Links = links ?? [], NeedsReview = true };
        _byId[id] = e;
        Remember(name, e);
        Remember(core, e);
        return e;
    }

    /// <summary>Makes a shorter form name an entity in the rest of the document ("Vahidi", "Meroe" for "Meroe Gold").</summary>
    public void Remember(string form, Entity e)
    {
        var key = NameKey.Of(form);
        if (key.Length > 2) _byForm.TryAdd(key, e);
    }

    /// <summary>The provisional entity this document gave the form to, if any.</summary>
    public Entity? ByForm(string form) => _byForm.GetValueOrDefault(NameKey.Of(form));

    private Entity? Known(string name) => kb.ByName(name) is [var only, ..] && only.Kind.IsActor() ? only : null;
}
