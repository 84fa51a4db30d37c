using Entente.Core.Entities;

namespace Entente.Extraction.Coreference;

/// <summary>
/// The actors mentioned so far, most recent last, and the last coordinated group ("Russia and Iran").
/// One instance per document run.
/// </summary>
public sealed class Antecedents
{
    private readonly List<Entity> _recent = [];

    public IReadOnlyList<Entity>? LastGroup { get; private set; }

    public void Add(Entity e)
    {
        _recent.Remove(e);
        _recent.Add(e);
        if (_recent.Count > 24) _recent.RemoveAt(0);
    }

    /// <summary>Whether the last group was a list of places something happened in ("in Iraq, Syria and Jordan").</summary>
    public bool LastGroupIsLocative { get; private set; }

    public void AddGroup(IReadOnlyList<Entity> group, bool locative = false)
    {
        if (group.Count < 2) return;
        LastGroup = group;
        LastGroupIsLocative = locative;
    }

    /// <summary>The most recent actor that fits, skipping the excluded ones.</summary>
    public Entity? Last(Func<Entity, bool> fits, IReadOnlyCollection<Entity>? exclude = null)
    {
        for (var i = _recent.Count - 1; i >= 0; i--)
            if (fits(_recent[i]) && (exclude is null || !exclude.Contains(_recent[i]))) return _recent[i];
        return null;
    }

    /// <summary>The two most recent distinct actors of the kinds that can be allies or countries.</summary>
    public IReadOnlyList<Entity> LastTwo(Func<Entity, bool> fits)
    {
        var two = new List<Entity>(2);
        for (var i = _recent.Count - 1; i >= 0 && two.Count < 2; i--)
            if (fits(_recent[i])) two.Insert(0, _recent[i]);
        return two;
    }
}
