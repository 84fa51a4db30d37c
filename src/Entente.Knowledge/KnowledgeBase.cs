using System.Reflection;
using Entente.Core.Entities;

namespace Entente.Knowledge;

/// <summary>
/// The reference entities: the shipped data files plus any user files layered over them (a user
/// entity with a shipped id replaces it). Immutable once built; lookups are by id and by name.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, List<Entity>> _byName;

    private KnowledgeBase(IEnumerable<Entity> entities)
    {
        _byId = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities) _byId[e.Id] = e;
        _byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var e in _byId.Values)
            foreach (var n in e.Names().Select(NameKey.Of).Distinct())
            {
                if (!_byName.TryGetValue(n, out var list)) _byName[n] = list = [];
                list.Add(e);
            }
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

    /// <summary>Entities whose id, name or alias contains the query, best match first.</summary>
    public IReadOnlyList<Entity> Search(string query)
    {
        var q = NameKey.Of(query);
        return _byId.Values
            .Select(e => (e, score: Score(e, q)))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.e.Name, StringComparer.Ordinal)
            .Select(x => x.e)
            .ToList();
    }

    private static int Score(Entity e, string q)
    {
        if (q.Length == 0) return 0;
        var names = e.Names().Concat(e.Adjectives).Append(e.Id).Select(NameKey.Of).ToList();
        if (names.Contains(q)) return 3;
        if (names.Any(n => n.StartsWith(q, StringComparison.Ordinal))) return 2;
        if (names.Any(n => n.Contains(q, StringComparison.Ordinal))) return 1;
        return e.Links.Any(l => string.Equals(l.Target, q, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    public static KnowledgeBase From(IEnumerable<Entity> entities) => new(entities);

    /// <summary>The shipped data files, then the user's files in order; validation runs on the whole.</summary>
    public static KnowledgeBase Load(IEnumerable<string>? userFiles = null)
    {
        var files = Shipped().ToList();
        files.AddRange((userFiles ?? []).Select(KnowledgeFile.Read));
        var problems = KnowledgeValidator.Validate(files);
        if (problems.Count > 0) throw new KnowledgeValidationException(problems);
        return new KnowledgeBase(files.SelectMany(f => f.Entities));
    }

    public static IEnumerable<KnowledgeFile> Shipped()
    {
        var asm = typeof(KnowledgeBase).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("kb/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return KnowledgeFile.Parse(name[3..], reader.ReadToEnd()) with { Shipped = true };
        }
    }
}
