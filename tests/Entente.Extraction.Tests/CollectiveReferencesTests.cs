using Entente.Extraction.Coreference;
using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

/// <summary>The definite phrases coreference resolves (collective-references.tsv): the shipped table and its errors.</summary>
public sealed class CollectiveReferencesTests
{
    [Theory]
    [InlineData("then the former left", CollectiveReference.Former, 3)]
    [InlineData("then the latter left", CollectiveReference.Latter, 3)]
    [InlineData("then both nations left", CollectiveReference.Pair, 3)]
    [InlineData("then the armed group left", CollectiveReference.Group, 4)]
    [InlineData("then the junta left", CollectiveReference.Regime, 3)]
    public void The_shipped_table_tells_what_a_phrase_points_back_to(string text, CollectiveReference expected, int expectedEnd)
    {
        var table = CollectiveReferences.Load();

        Assert.True(table.TryMatch(Tokenizer.Tokenize(text), 1, out var reference, out var end));
        Assert.Equal(expected, reference);
        Assert.Equal(expectedEnd, end);
    }

    [Fact]
    public void A_phrase_of_a_table_of_its_own_is_matched()
    {
        var table = CollectiveReferences.Load(new StringReader("the duo|the twins\tpair\n"), "own.tsv");

        Assert.True(table.TryMatch(Tokenizer.Tokenize("the twins"), 0, out var reference, out _));
        Assert.Equal(CollectiveReference.Pair, reference);
        Assert.False(table.TryMatch(Tokenizer.Tokenize("the former"), 0, out _, out _));
    }

    [Fact]
    public void The_group_heads_are_the_nouns_of_a_tables_own_two_word_group_phrases()
    {
        var table = CollectiveReferences.Load(new StringReader("the band|the armed band|a gang\tgroup\nthe duo\tpair\n"), "own.tsv");

        Assert.Equal(["band"], CollectiveReferences.GroupHeads(table).Order());
        Assert.Contains("militia", CollectiveReferences.GroupHeads(CollectiveReferences.Load()));
    }

    [Fact]
    public void An_unknown_reference_fails_with_its_file_and_line()
    {
        var text = "# ours\nthe pair\tpair\nthe trio\ttriple\n";

        var e = Assert.Throws<FormatException>(() => CollectiveReferences.Load(new StringReader(text), "lexicons/own.tsv"));

        Assert.StartsWith("lexicons/own.tsv:3: 'triple' is not a collective reference (known: pair, former, latter, regime, group)", e.Message);
    }
}
