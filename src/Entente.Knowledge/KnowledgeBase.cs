using Entente.Core.Entities;

namespace Entente.Knowledge;

/// <summary>
/// The reference entities: the shipped data files plus any user files layered over them (a user
/// entity with a shipped id replaces it). Immutable once built; lookups are by id, by name and by
/// incoming link.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, List<Entity>> _byName;
    private readonly Dictionary<string, List<(Entity From, EntityLink Link)>> _linksTo;
    private readonly Lazy<IReadOnlyList<SurfaceForm>> _forms;

    private KnowledgeBase(IEnumerable<Entity> entities)
    {
        _byId = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities) _byId[e.Id] = e;
        _byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        _linksTo = new Dictionary<string, List<(Entity, EntityLink)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in _byId.Values)
        {
            foreach (var n in e.Names().Select(NameKey.Of).Where(k => k.Length > 0).Distinct())
                Add(_byName, n, e);
            foreach (var link in e.Links)
                Add(_linksTo, link.Target, (e, link));
        }
        _forms = new Lazy<IReadOnlyList<SurfaceForm>>(() => SurfaceForm.Of(_byId.Values));
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    public IReadOnlyCollection<Entity> Entities => _byId.Values;

    public int Count => _byId.Count;

    public Entity? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Entities any of whose names (name, alias, metonym) normalizes to the given text.</summary>
    public IReadOnlyList<Entity> ByName(string name) => _byName.TryGetValue(NameKey.Of(name), out var l) ? l : [];

    /// <summary>An id, or a name that names exactly one entity (states first when several kinds share it).</summary>
    public Entity? Resolve(string idOrName)
    {
        if (Get(idOrName) is { } e) return e;
        var found = ByName(idOrName);
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => found.OrderBy(x => x.Kind).First(),
        };
    }

    /// <summary>The entities that link to the given id, with the link: who is part-of, proxy-of, located-in it.</summary>
    public IReadOnlyList<(Entity From, EntityLink Link)> LinksTo(string id) =>
        _linksTo.TryGetValue(id, out var l) ? l : [];

    /// <summary>Every text that names an entity, for building a gazetteer; computed once.</summary>
    public IReadOnlyList<SurfaceForm> SurfaceForms() => _forms.Value;

    /// <summary>Entities whose id, name, alias or adjective matches the query, or that belong to the entity it names; best first.</summary>
    public IReadOnlyList<Entity> Search(string query) => KnowledgeSearch.Run(this, query);

    /// <summary>This knowledge base with the given entities added, replacing any with the same id.</summary>
    public KnowledgeBase With(IEnumerable<Entity> overrides) => new(_byId.Values.Concat(overrides));

    public static KnowledgeBase From(IEnumerable<Entity> entities) => new(entities);

    /// <summary>The shipped data files, then the user's files in order; with a user file, validation runs on the whole.</summary>
    /// <remarks>
    /// The shipped files alone are not validated again: they are embedded at build time, a test holds them valid
    /// (ValidationTests), and every command loads them at its start, where checking them again was pure cost.
    /// </remarks>
    public static KnowledgeBase Load(IEnumerable<string>? userFiles = null)
    {
        var files = Shipped().ToList();
        var shipped = files.Count;
        files.AddRange((userFiles ?? []).Select(KnowledgeFile.Read));
        if (files.Count > shipped && KnowledgeValidator.Validate(files) is { Count: > 0 } problems) throw new KnowledgeValidationException(problems);
        return new KnowledgeBase(files.SelectMany(f => f.Entities));
    }

    /// <summary>The problems a user file would bring into this knowledge base (empty when it may be added).</summary>
    public IReadOnlyList<string> Check(KnowledgeFile file) =>
        KnowledgeValidator.Validate([new KnowledgeFile("knowledge base", [.. Entities], Shipped: true), file]);

    /// <summary>The shipped data files in name order, each read from its embedded UTF-8 bytes.</summary>
    /// <remarks>
    /// Parsing the eight files on two threads measured no faster on the two-core machine than one after another, so
    /// they are read in turn.
    /// </remarks>
    public static IReadOnlyList<KnowledgeFile> Shipped()
    {
        var asm = typeof(KnowledgeBase).Assembly;
        var files = new List<KnowledgeFile>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("kb/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files.Add(KnowledgeFile.Parse(name[3..], bytes.GetBuffer().AsMemory(0, (int)bytes.Length)) with { Shipped = true });
        }
        return files;
    }
}
