namespace Entente.Knowledge.Tests;

/// <summary>
/// Accents fold under the project's InvariantGlobalization, where string.Normalize(FormD) left "Bogotá" as it was and
/// "Bogota" found nothing; the folding is a table, not Unicode normalization.
/// </summary>
public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Bogotá", "Bogota")]
    [InlineData("São Tomé and Príncipe", "Sao Tome and Principe")]
    [InlineData("Türkiye", "TURKIYE")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Øresund", "oresund")]
    [InlineData("Hà Nội", "ha noi")]
    [InlineData("Bogota\u0301", "Bogota")]
    public void Accented_and_plain_spellings_have_one_key(string accented, string plain) =>
        Assert.Equal(NameKey.Of(plain), NameKey.Of(accented));

    [Fact]
    public void Letters_of_other_scripts_are_kept()
    {
        Assert.Equal("москва", NameKey.Of("Москва"));
        Assert.Equal("طهران", NameKey.Of("طهران"));
    }

    [Fact]
    public void Bogota_without_its_accent_finds_Bogota()
    {
        var kb = KnowledgeBase.Load();
        var accented = kb.Search("Bogotá");
        Assert.NotEmpty(accented);
        Assert.Equal(accented.Select(e => e.Id), kb.Search("Bogota").Select(e => e.Id));
    }
}
