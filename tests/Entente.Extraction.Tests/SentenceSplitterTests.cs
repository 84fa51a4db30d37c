using Entente.Extraction.Sentences;

namespace Entente.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => new SentenceSplitter(new Abbreviations()).Split(text).Select(s => text[s.Start..s.End]).ToList();

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
    public void A_paragraph_that_opens_with_a_curly_quote_is_a_sentence_of_its_own_after_normalization()
    {
        var text = Entente.Extraction.Normalization.TextNormalizer.Normalize("The buyer is Acme Co., Ltd.\n\u201CThey pay in cash,\u201D he said on X.\n\u201CThat is new.\u201D").Text;
        Assert.Equal(["The buyer is Acme Co., Ltd.", "\"They pay in cash,\" he said on X.", "\"That is new.\""], Split(text));
    }

    [Fact]
    public void Heading_lines_are_sentences_of_their_own()
    {
        var text = "FRESH AIR\nThe Russo-Iranian alliance\nIran sent drones. Russia paid.";
        var spans = new SentenceSplitter(new Abbreviations()).Split(text);
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

    [Fact]
    public void The_abbreviations_are_the_table_it_is_given()
    {
        const string text = "Zorg. Kell arrived. Then gen. Ames left.";
        var own = new SentenceSplitter(Abbreviations.Load(new StringReader("# ours\nzorg|kell\n"), "own.tsv"));

        Assert.Equal(["Zorg. Kell arrived.", "Then gen.", "Ames left."], own.Split(text).Select(x => text[x.Start..x.End]));
        Assert.Equal(["Zorg.", "Kell arrived.", "Then gen. Ames left."], Split(text));
    }

    [Fact]
    public void The_shipped_abbreviations_load_in_lower_case()
    {
        var words = new Abbreviations().Words.ToList();

        Assert.Contains("gen", words);
        Assert.Contains("sept", words);
        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
    }

    [Theory]
    [InlineData("Gen\n")]
    [InlineData("u.s\n")]
    public void An_abbreviation_that_is_not_lower_case_letters_fails_with_the_file_and_line(string line)
    {
        var e = Assert.Throws<FormatException>(() => Abbreviations.Load(new StringReader("# header\n" + line), "lexicons/own.tsv"));

        Assert.StartsWith("lexicons/own.tsv:2:", e.Message);
    }
}
