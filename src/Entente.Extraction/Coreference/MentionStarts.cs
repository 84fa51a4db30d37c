using Entente.Extraction.Mentions;

namespace Entente.Extraction.Coreference;

/// <summary>
/// A sentence's mentions ordered by their first token, mentions that start together kept in list order. The
/// coreference walk asks, token by token, which mentions start here: with this order it moves a cursor
/// instead of scanning every mention at every token.
/// </summary>
internal readonly struct MentionStarts
{
    private readonly List<EntityMention> _mentions;

    /// <summary>Positions in the list, sorted stably by first token; null when the list is in that order already (the usual case).</summary>
    private readonly int[]? _order;

    public MentionStarts(List<EntityMention> mentions)
    {
        _mentions = mentions;
        for (var k = 1; k < mentions.Count; k++)
            if (mentions[k].First < mentions[k - 1].First)
            {
                _order = Enumerable.Range(0, mentions.Count).OrderBy(j => mentions[j].First).ToArray();
                break;
            }
    }

    public int Count => _mentions.Count;

    public EntityMention this[int k] => _mentions[_order is null ? k : _order[k]];
}
