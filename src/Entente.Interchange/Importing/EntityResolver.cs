using Entente.Core.Entities;
using Entente.Knowledge;

namespace Entente.Interchange.Importing;

/// <summary>
/// Turns mentions into entities for one import run: the file's own definitions first, then our ids,
/// ISO codes and names in the knowledge base. A name nobody knows becomes a new entity marked
/// NeedsReview, so no row is lost because its actor is missing from the knowledge base.
/// </summary>
public sealed class EntityResolver
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, Entity> _byIso3;
    private readonly Dictionary<string, Entity> _byIso2;
    private readonly Dictionary<string, Entity> _byFileKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _created = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity> _createdByName = new(StringComparer.Ordinal);

    public EntityResolver(KnowledgeBase kb)
    {
        _kb = kb;
        _byIso3 = kb.Entities.Where(e => e.Iso3 is not null).GroupBy(e => e.Iso3!.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Kind).First(), StringComparer.OrdinalIgnoreCase);
        _byIso2 = kb.Entities.Where(e => e.Iso2 is not null).GroupBy(e => e.Iso2!.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Kind).First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Entities this run had to create, in the order they were first seen.</summary>
    public IReadOnlyCollection<Entity> Created => _created.Values;

    public EntityRef Resolve(Mention m) => EntityRef.Of(Find(m));

    /// <summary>Registers an entity the file defines, so later references by its file key find it.</summary>
    public Entity Define(Mention m, IReadOnlyList<string> aliases)
    {
        // Two entities a file defines separately stay separate even when they share a name.
        var e = Known(m, byCreatedName: false) ?? Create(m, aliases);
        if (m.FileKey is not null) _byFileKey[m.FileKey] = e;
        return e;
    }

    private Entity Find(Mention m)
    {
        if (m.FileKey is not null && _byFileKey.TryGetValue(m.FileKey, out var defined)) return defined;
        return Known(m) ?? Create(m, []);
    }

    private Entity? Known(Mention m, bool byCreatedName = true)
    {
        if (m.Id is not null && (_kb.Get(m.Id) ?? _created.GetValueOrDefault(m.Id)) is { } byId) return byId;
        if (OwnExport(m) is { } own) return own;
        if (m.Iso3 is not null && _byIso3.TryGetValue(m.Iso3, out var state)) return state;
        if (m.Iso2 is not null && _byIso2.TryGetValue(m.Iso2, out var state2)) return state2;
        foreach (var name in m.AltNames.Prepend(m.Name))
        {
            var named = _kb.ByName(name).Where(e => Fits(m.Kind, e.Kind)).OrderBy(e => e.Kind).FirstOrDefault();
            if (named is not null) return named;
        }
        return byCreatedName ? _createdByName.GetValueOrDefault(Key(m)) : null;
    }

    /// <summary>
    /// A file we exported keys each entity by our id and names it by our name: an entity with both is ours, whatever
    /// kind the format could give it (FTM has no schema for a place, so "Tartus naval base" travels as an Organization).
    /// Both must agree, so another file's key that happens to equal one of our ids finds nothing here.
    /// </summary>
    private Entity? OwnExport(Mention m) =>
        m.FileKey is not null && _kb.Get(m.FileKey) is { } own && string.Equals(own.Name, m.Name, StringComparison.Ordinal) ? own : null;

    // A weapon named like a country ("Kuwait"-class ships) must not resolve to the country, and vice versa.
    private static bool Fits(EntityKind wanted, EntityKind found) =>
        wanted == found || (wanted.IsActor() && found.IsActor());

    private Entity Create(Mention m, IReadOnlyList<string> aliases)
    {
        var id = m.Id ?? (m.Kind == EntityKind.State && m.Iso3 is not null ? m.Iso3.ToLowerInvariant() : Slug.Of(m.Name));
        if (_kb.Get(id) is not null || (_created.TryGetValue(id, out var other) && Key(m) != KeyOf(other)))
            id = id + "-" + m.Kind.ToId();
        if (m.FileKey is not null && _created.ContainsKey(id)) id = id + "-" + Slug.Of(m.FileKey);
        if (_created.TryGetValue(id, out var same)) return same;
        var e = new Entity
        {
            Id = id,
            Kind = m.Kind,
            Name = m.Name,
            Aliases = aliases.Where(a => a != m.Name).Distinct().ToList(),
            Iso3 = m.Kind == EntityKind.State ? m.Iso3?.ToUpperInvariant() : null,
            Country = m.CountryIso3 is null ? null : Find(Mention.State(m.CountryIso3, m.CountryIso3)).Id,
            Category = m.Category,
            NeedsReview = true,
        };
        _created[id] = e;
        _createdByName[Key(m)] = e;
        return e;
    }

    private static string Key(Mention m) => m.Kind.ToId() + "|" + NameKey.Of(m.Name);

    private static string KeyOf(Entity e) => e.Kind.ToId() + "|" + NameKey.Of(e.Name);
}
