using Entente.Training.Lexical;

namespace Entente.Training.Tests;

/// <summary>Input the builder refuses, with the file (and line) named in the message.</summary>
public sealed class BadInputTests
{
    private static string Refusal(MiniWordNet wordNet, string seeds = MiniWordNet.Seeds) =>
        Assert.Throws<LexiconBuildException>(() => LexiconBuilder.Build(wordNet.Directory, seeds, "seeds.tsv")).Message;

    [Fact]
    public void A_missing_directory_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-wordnet-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<LexiconBuildException>(() => LexiconBuilder.Build(missing, MiniWordNet.Seeds, "seeds.tsv"));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var wordNet = new MiniWordNet();
        File.Delete(wordNet.PathOf("noun.exc"));
        Assert.StartsWith(wordNet.PathOf("noun.exc") + " is missing", Refusal(wordNet), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 40, "no ' | ' before a gloss")] // cut among the pointers
    [InlineData(3, 60, "no ' | ' before a gloss")]
    [InlineData(5, 12, "no ' | ' before a gloss")] // cut in the first fields
    public void A_truncated_data_line_is_refused_at_its_line(int line, int keep, string reason)
    {
        using var wordNet = new MiniWordNet();
        var lines = MiniWordNet.DataVerb.ToArray();
        lines[line - 1] = lines[line - 1][..keep];
        wordNet.Write("data.verb", lines);
        Assert.StartsWith($"{wordNet.PathOf("data.verb")}:{line}: {reason}", Refusal(wordNet), StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_line_with_fewer_pointers_than_it_declares_is_refused()
    {
        using var wordNet = new MiniWordNet();
        var lines = MiniWordNet.DataVerb.ToArray();
        lines[1] = "00000100 33 v 01 attack 0 003 ~ 00000200 v 0000 | assault";
        wordNet.Write("data.verb", lines);
        Assert.Equal($"{wordNet.PathOf("data.verb")}:2: declares 3 pointers but has fields for 1", Refusal(wordNet));
    }

    [Fact]
    public void A_pointer_to_a_missing_synset_is_refused_at_the_pointing_line()
    {
        using var wordNet = new MiniWordNet();
        var lines = MiniWordNet.DataVerb.ToArray();
        lines[5] = "00000400 33 v 01 crump 0 001 ~ 00099999 v 0000 | shell heavily";
        wordNet.Write("data.verb", lines);
        Assert.StartsWith($"{wordNet.PathOf("data.verb")}:6: a '~' pointer names synset 00099999", Refusal(wordNet), StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_line_with_the_wrong_number_of_senses_is_refused()
    {
        using var wordNet = new MiniWordNet();
        var lines = MiniWordNet.IndexVerb.ToArray();
        lines[1] = "attack v 2 2 ~ + 2 1 00000100";
        wordNet.Write("index.verb", lines);
        Assert.StartsWith($"{wordNet.PathOf("index.verb")}:2: declares 2 senses", Refusal(wordNet), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attack\tverb\tattack\t2\t1", "the verb 'attack' has 1 senses, not 2")]
    [InlineData("attack\tverb\tbankroll\t1\t1", "WordNet has no verb 'bankroll'")]
    [InlineData("assault\tverb\tattack\t1\t1", "'assault' is not a lexical class")]
    [InlineData("attack\tadverb\tattack\t1\t1", "'adverb' is not a part of speech (verb or noun)")]
    [InlineData("attack\tverb\tattack\t1\tfar", "reach 'far' is neither a number of levels from 0 to 9 nor 'exclude'")]
    [InlineData("attack\tverb\tattack\t1", "expected 5 tab-separated columns, found 4")]
    public void A_bad_seed_is_refused_at_its_line(string seed, string reason)
    {
        using var wordNet = new MiniWordNet();
        Assert.StartsWith($"seeds.tsv:2: {reason}", Refusal(wordNet, "# a comment line\n" + seed + "\n"), StringComparison.Ordinal);
    }
}
