using Entente.Core.Entities;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Sentences;
using Entente.Extraction.Tests.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>The mention at every token read at once is the mention <see cref="SentenceAnalysis.MentionAt"/> finds at each.</summary>
public sealed class MentionAtEachTokenTests
{
    [Theory]
    [InlineData("The Russo-Iranian drone deal, which Tehran signed with Moscow, sent Shahed drones to Russia, Belarus and Ukraine's occupied regions.")]
    [InlineData("Iran-backed militias and the Houthis, armed by Iran, attacked US forces; they also fired missiles at Israel.")]
    public void Is_what_MentionAt_finds_at_each_token(string text)
    {
        var (sentence, _, _) = ReadSentence.Of(text, KnowledgeBase.Load());
        var at = sentence.MentionAtEachToken();
        Assert.Equal(sentence.Tokens.Count, at.Length);
        for (var k = 0; k < at.Length; k++) Assert.Same(sentence.MentionAt(k), at[k]);
        Assert.Contains(at, m => m is not null);
    }

    [Fact]
    public void Of_overlapping_mentions_keeps_the_first_listed()
    {
        var s = new SentenceAnalysis(0, new SentenceSpan(0, 20, false), "Russia and Iran met.");
        foreach (var (text, start) in new[] { ("Russia", 0), ("and", 7), ("Iran", 11), ("met", 16), (".", 19) })
            s.Tokens.Add(new Tokens.Token(start, start + text.Length, text, text.ToLowerInvariant(), Tokens.TokenShape.Word));
        var state = new Entity { Id = "x", Kind = EntityKind.State, Name = "X" };
        var (wide, narrow, later) = (new EntityMention(1, 3, state, MentionForm.Name), new EntityMention(0, 2, state, MentionForm.Name), new EntityMention(2, 3, state, MentionForm.Name));
        s.Mentions.AddRange([wide, narrow, later]);
        var at = s.MentionAtEachToken();
        Assert.Equal([narrow, wide, wide, null, null], at);
        for (var k = 0; k < at.Length; k++) Assert.Same(s.MentionAt(k), at[k]);
    }
}
