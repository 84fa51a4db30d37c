using Entente.Extraction.Tokens;

namespace Entente.Extraction.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Iran’s drones", "Iran|’s|drones")]
    [InlineData("the Russo-Iranian S-300 deal", "the|Russo-Iranian|S-300|deal")]
    [InlineData("2,400 shells in mid-1995", "2,400|shells|in|mid-1995")]
    [InlineData("the U.S. and e.g. others", "the|U.S.|and|e.g.|others")]
    [InlineData("U.S.-backed forces, a U.K.- made", "U.S.-backed|forces|,|a|U.K.|-|made")]
    [InlineData("[Hezbollah], “proxies”", "[|Hezbollah|]|,|“|proxies|”")]
    public void Tokens_keep_hyphens_numbers_and_initialisms(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Text)));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  Iran sold  drones.";
        foreach (var t in Tokenizer.Tokenize(text)) Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void Lower_forms_make_typographic_apostrophes_plain()
    {
        Assert.Equal("'s", Tokenizer.Tokenize("Russia’s")[1].Lower);
    }
}
