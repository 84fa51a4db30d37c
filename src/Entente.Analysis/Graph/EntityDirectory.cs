using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Knowledge;

namespace Entente.Analysis.Graph;

/// <summary>
/// Every entity the graph mentions: the knowledge base first, then entities stored with the claims,
/// then the bare references the claims carry (name and kind only). Answers names, kinds and countries.
/// </summary>
public sealed class EntityDirectory
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityRef> _refs = new(StringComparer.OrdinalIgnoreCase);

    // Every known id's reference and country, worked out once: theater and network queries ask them for
    // each of hundreds of thousands of claims, and a fresh EntityRef or a link walk per call dominated them.
    private readonly Dictionary<string, EntityRef> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _countries = new(StringComparer.OrdinalIgnoreCase);

    public EntityDirectory(KnowledgeBase kb, IEnumerable<Entity> stored, IEnumerable<Claim> claims) : this(kb, stored, Named(claims.Select(ClaimListing.Of)))
    {
    }

    /// <summary>
    /// The directory of claims given as listings (<see cref="ClaimListing"/>), in the order a graph of them holds them:
    /// an entity no stored one describes is named as the first claim naming it names it.
    /// </summary>
    public static EntityDirectory Of(KnowledgeBase kb, IEnumerable<Entity> stored, IEnumerable<ClaimListing> claims) => new(kb, stored, Named(claims));

    private EntityDirectory(KnowledgeBase kb, IEnumerable<Entity> stored, IEnumerable<EntityRef> named)
    {
        Knowledge = kb;
        foreach (var e in stored) _entities[e.Id] = e;
        foreach (var e in kb.Entities) _entities[e.Id] = e;
        foreach (var r in named) Note(r);
        foreach (var e in _entities.Values) _known[e.Id] = EntityRef.Of(e);
        foreach (var r in _refs.Values) _known[r.Id] = r;
        foreach (var id in _known.Keys) _countries[id] = WalkToCountry(id);
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The references claims carry, in their order: subject, object, place.</summary>
    private static IEnumerable<EntityRef> Named(IEnumerable<ClaimListing> claims)
    {
        foreach (var c in claims)
        {
            yield return c.Subject;
            if (c.Object is { } o) yield return o;
            if (c.Place is { } p) yield return p;
        }
    }

    private void Note(EntityRef r)
    {
        if (!_entities.ContainsKey(r.Id)) _refs.TryAdd(r.Id, r);
    }

    public Entity? Get(string id) => _entities.GetValueOrDefault(id);

    public EntityRef Ref(string id) => _known.TryGetValue(id, out var r) ? r : new EntityRef(id, id, EntityKind.Group);

    public string Name(string id) => Ref(id).Name;

    public EntityKind Kind(string id) => Ref(id).Kind;

    /// <summary>The state an entity stands in: a state is its own country; otherwise its Country, or a located-in link, followed to a state.</summary>
    public string? CountryOf(string id) => _countries.TryGetValue(id, out var country) ? country : WalkToCountry(id);

    private string? WalkToCountry(string id)
    {
        for (var hops = 0; hops < 6; hops++)
        {
            if (Kind(id) == EntityKind.State) return id;
            var e = Get(id);
            var next = e?.Country ?? e?.Links.FirstOrDefault(l => l.Type == "located-in")?.Target;
            if (next is null) return null;
            id = next;
        }
        return null;
    }
}
