using Entente.Core.Entities;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// What the first pass over a bundle keeps so the second can follow references that point forward: every
/// id, the actors and places as mentions, and what notes, reports and opinions say. Objects themselves are
/// not kept, so memory grows with the number of objects, not with their size.
/// </summary>
public sealed class StixIndex
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRow> _entities = new(StringComparer.Ordinal);

    public StixAnnotations Annotations { get; } = new();

    /// <summary>The actors and places the bundle defines, in file order.</summary>
    public IEnumerable<EntityRow> Entities => _entities.Values;

    public void Add(StixObject o)
    {
        _ids.Add(o.Id);
        Annotations.Add(o);
        if (StixKinds.EntityTypes.Contains(o.Type))
            _entities.TryAdd(o.Id, new EntityRow(o.Line, MentionOf(o), o.Refs("aliases")));
    }

    public int Count => _ids.Count;

    public bool Has(string id) => _ids.Contains(id);

    public Mention? Entity(string id) => _entities.GetValueOrDefault(id)?.Mention;

    /// <summary>An error for each reference of the object to an id that is not in the bundle.</summary>
    public IEnumerable<RowError> Dangling(StixObject o)
    {
        foreach (var field in new[] { "source_ref", "target_ref" })
            if (o.Str(field) is { } r && !Has(r))
                yield return new RowError(o.Line, $"{o.Id}: {field} {r} is not in the bundle");
        foreach (var r in o.Refs("object_refs").Where(r => !Has(r)))
            yield return new RowError(o.Line, $"{o.Id}: object_refs names {r}, which is not in the bundle");
    }

    private static Mention MentionOf(StixObject o)
    {
        var kind = EntityKinds.TryParse(o.Str("x_entente_kind"), out var k) ? k : StixKinds.KindOf(o.Type, o.Str("identity_class"));
        return new Mention(o.Str("name") ?? o.Id, kind) { Id = o.Str("x_entente_id"), FileKey = o.Id };
    }
}
