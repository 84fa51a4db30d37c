using Entente.Core.Entities;
using Entente.Extraction.Mentions;
using Entente.Extraction.Relations;
using Entente.Extraction.Tests.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>The actor groups looked up by member give the group that reading every group gives, the same list.</summary>
public sealed class ActorGroupIndexTests
{
    [Theory]
    [InlineData("Russia, China and Iran held naval drills while Syria and Belarus watched, and Turkey, Qatar, Egypt as well as Jordan sent observers to Iraq.")]
    [InlineData("In Syria, Russia and Iran backed the government against rebels that Turkey and the United States supported, with Russo-Iranian coordination.")]
    [InlineData("Kim Jong Un and Vladimir Putin signed a treaty, and North Korea sent troops to Russia, Belarus and Ukraine.")]
    public void Gives_the_group_the_reading_gives_for_every_mention(string text)
    {
        var kb = KnowledgeBase.Load();
        var (sentence, _, _) = ReadSentence.Of(text, kb);
        var groups = ActorGroups.Find(sentence, new TriggerLexicon().Words);
        var index = new ActorGroupIndex(groups, fewest: 0);
        Assert.Contains(groups, g => g.Count > 1);
        foreach (var m in sentence.Mentions)
        {
            var (expected, actual) = (ActorGroups.Of(groups, m), index.Of(m));
            if (groups.Any(g => g.Contains(m))) Assert.Same(expected, actual);
            else Assert.Equal([m], actual);
        }
    }

    [Fact]
    public void Members_out_of_order_or_moved_since_are_found_by_reading()
    {
        var (a, b, c) = (Mention(0), Mention(4), Mention(8));
        // Out of order: the later group starts before the earlier one ends.
        List<List<EntityMention>> unordered = [[b, c], [a]];
        Assert.Same(unordered[1], new ActorGroupIndex(unordered, fewest: 0).Of(a));
        List<List<EntityMention>> ordered = [[a], [b, c]];
        var index = new ActorGroupIndex(ordered, fewest: 0);
        Assert.Same(ordered[1], index.Of(c));
        c.First = 2;
        c.Last = 3;
        Assert.Same(ordered[1], index.Of(c));
        Assert.Equal([Mention(5)], index.Of(Mention(5)), (x, y) => x.First == y.First);
    }

    private static EntityMention Mention(int first) => new(first, first + 1, new Entity { Id = "s" + first, Kind = EntityKind.State, Name = "S" }, MentionForm.Name);
}
