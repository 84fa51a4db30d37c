namespace Entente.Evaluation.Tests;

public sealed class AliasTableTests
{
    [Theory]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("Ruritania's", "ruritania")]
    [InlineData("Ruritania\u2019s", "ruritania")]
    [InlineData("  an   Osterlich  firm ", "osterlich firm")]
    [InlineData("an", "an")]
    [InlineData("the", "the")]
    [InlineData("The the Navy", "the navy")]
    [InlineData("Atheist League", "atheist league")]
    [InlineData("C\u00f4te d\u2019Ivoire", "cote d ivoire")]
    [InlineData("Co\u0302te", "cote")]
    [InlineData("\u0130zmir", "izmir")]
    [InlineData("\ufb01rm", "firm")]
    [InlineData("\uff32\uff35\uff33", "rus")]
    [InlineData("\u00c6r\u00f8", "r")]
    [InlineData("Sana'a", "sana a")]
    [InlineData("U.S.-backed", "u s backed")]
    [InlineData("Freedonia's's", "freedonia s")]
    [InlineData("the\u00a0Navy", "navy")]
    [InlineData("\u2014", "")]
    [InlineData(null, "")]
    public void Names_are_normalized_as_the_python_scorer_does(string? name, string expected) =>
        Assert.Equal(expected, AliasNames.Normalize(name));

    [Fact]
    public void Resolve_takes_the_first_known_candidate_else_the_slug_of_the_first_non_empty_one()
    {
        var table = AliasTable.From([
            new("ruritania", ["Kingdom of Ruritania", "RUR"]),
            new("freedonia", ["Freedonia"]),
        ]);
        Assert.Equal("ruritania", table.Resolve("the Kingdom of Ruritania", "xyz"));
        Assert.Equal("ruritania", table.Resolve("Unknown Name", "rur"));
        Assert.Equal("ruritania", table.Resolve("Ruritania"));
        Assert.Equal("unknown-name", table.Resolve("The Unknown Name", "xyz"));
        Assert.Equal("xyz", table.Resolve(null, "", "XYZ"));
        Assert.Equal("", table.Resolve("\u2014", "freedonia-ish"));
        Assert.Null(table.Resolve(null, ""));
    }

    [Fact]
    public void A_later_mapping_of_the_same_name_wins()
    {
        var table = AliasTable.From([
            new("ruritania", ["Crown Navy"]),
            new("ruritanian-navy", ["Crown Navy"]),
        ]);
        Assert.Equal("ruritanian-navy", table.Resolve("crown navy"));
        Assert.True(table.TryGetKey("RURITANIA", out var key));
        Assert.Equal("ruritania", key);
        Assert.False(table.TryGetKey("", out _));
    }
}
