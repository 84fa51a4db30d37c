using Entente.Extraction.Sentences;

namespace Entente.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => new SentenceSplitter().Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var s = Split("The U.S. sanctioned Iran. Gen. Qaani met Lt. Col. Smith on Jan. 5, i.e. last week. Dr. Ali left.");
        Assert.Equal(["The U.S. sanctioned Iran.", "Gen. Qaani met Lt. Col. Smith on Jan. 5, i.e. last week.", "Dr. Ali left."], s);
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        var s = Split("“We supply them.” Lapid said so. “Really?” he asked.");
        Assert.Equal(["“We supply them.”", "Lapid said so.", "“Really?” he asked."], s);
    }

    [Fact]
    public void Heading_lines_are_sentences_of_their_own()
    {
        var text = "FRESH AIR\nThe Russo-Iranian alliance\nIran sent drones. Russia paid.";
        var spans = new SentenceSplitter().Split(text);
        Assert.Equal(4, spans.Count);
        Assert.True(spans[0].IsHeading);
        Assert.True(spans[1].IsHeading);
        Assert.False(spans[2].IsHeading);
    }

    [Fact]
    public void A_lower_case_word_after_a_dot_does_not_start_a_sentence()
    {
        Assert.Single(Split("He bought 3.5 tons of shells from Pyongyang vs. others."));
    }
}
