namespace Entente.Extraction.Mentions;

/// <summary>
/// A sentence's actor groups (<see cref="ActorGroups.Find"/>) looked up by a member's first token, for
/// <see cref="ActorGroups.Of"/>'s answer without reading every group: a 3,000-character sentence holds about 250
/// actors, and the rules ask for a mention's group many times per trigger.
/// </summary>
/// <remarks>
/// The groups hold the actors in the sentence's order, so their members, one after another, are sorted by first token
/// when the sentence's mentions are. Where they are not, where a member's span has moved since, or where there are
/// few, the groups are read one by one as before: the lookup never answers otherwise than the reading.
/// </remarks>
public sealed class ActorGroupIndex
{
    private readonly List<List<EntityMention>> _groups;
    // Every member, its first token when indexed, and its group; null when the members were few or not in order.
    private readonly EntityMention[]? _members;
    private readonly int[]? _firsts;
    private readonly List<EntityMention>[]? _groupOf;

    /// <summary>Below this many members reading the groups is as quick as building the index (most sentences).</summary>
    public const int Fewest = 16;

    public ActorGroupIndex(List<List<EntityMention>> groups, int fewest = Fewest)
    {
        _groups = groups;
        var count = 0;
        foreach (var g in groups) count += g.Count;
        if (count < fewest) return;
        var (members, firsts, groupOf) = (new EntityMention[count], new int[count], new List<EntityMention>[count]);
        var k = 0;
        foreach (var g in groups)
            foreach (var m in g)
            {
                if (k > 0 && m.First < firsts[k - 1]) return;
                (members[k], firsts[k], groupOf[k]) = (m, m.First, g);
                k++;
            }
        (_members, _firsts, _groupOf) = (members, firsts, groupOf);
    }

    /// <summary>The first group that holds the mention, or a group of the mention alone (<see cref="ActorGroups.Of"/>).</summary>
    public List<EntityMention> Of(EntityMention m)
    {
        if (_firsts is null) return ActorGroups.Of(_groups, m);
        var (from, to) = (0, _firsts.Length);
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (_firsts[mid] < m.First) from = mid + 1;
            else to = mid;
        }
        for (var i = from; i < _firsts.Length && _firsts[i] == m.First; i++)
            if (ReferenceEquals(_members![i], m)) return _groupOf![i];
        // Not among the members that started there when indexed: a member that moved since, or no member.
        return ActorGroups.Of(_groups, m);
    }
}
