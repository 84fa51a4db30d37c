using Entente.Extraction.Relations.Model;

namespace Entente.Extraction.Tests.Model;

/// <summary>Cue words share a stem across their inflections; the stem only has to be consistent.</summary>
public sealed class WordStemTests
{
    [Theory]
    [InlineData("supplied", "supplies", "supply", "supplying")]
    [InlineData("sanctioned", "sanctions", "sanctioning", "sanction")]
    [InlineData("agreed", "agreements", "agree", "agreement")]
    [InlineData("shipped", "ships", "shipping", "ship")]
    [InlineData("attacked", "attacks", "attacking", "attack")]
    [InlineData("deployed", "deployment", "deploying", "deploys")]
    public void Inflections_of_a_word_share_its_stem(string a, string b, string c, string d)
    {
        var stem = WordStem.Of(a);
        Assert.All(new[] { b, c, d }, w => Assert.Equal(stem, WordStem.Of(w)));
    }

    [Theory]
    [InlineData("arms", "army")]
    [InlineData("train", "trade")]
    [InlineData("fund", "find")]
    public void Different_words_keep_different_stems(string a, string b) => Assert.NotEqual(WordStem.Of(a), WordStem.Of(b));

    [Theory]
    [InlineData("ties")]
    [InlineData("us")]
    [InlineData("a")]
    public void Short_words_are_their_own_stem(string word) => Assert.Equal(word, WordStem.Of(word));
}
