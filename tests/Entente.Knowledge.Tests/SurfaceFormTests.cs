namespace Entente.Knowledge.Tests;

public sealed class SurfaceFormTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    private static SurfaceForm Form(string text, string id) =>
        Kb.SurfaceForms().Single(f => f.Text == text && f.Entity.Id == id);

    [Fact]
    public void Each_surface_form_says_how_it_names_its_entity()
    {
        Assert.Equal(FormKind.Name, Form("Russia", "rus").Kind);
        Assert.Equal(FormKind.Alias, Form("Russian Federation", "rus").Kind);
        Assert.Equal(FormKind.Adjective, Form("Russian", "rus").Kind);
        Assert.Equal(FormKind.Adjective, Form("Russo-", "rus").Kind);
        Assert.Equal(FormKind.Metonym, Form("the Kremlin", "rus").Kind);
        Assert.Equal(FormKind.Acronym, Form("IRGC", "irgc").Kind);
        Assert.Equal(FormKind.Acronym, Form("U.S.", "usa").Kind);
        Assert.Equal(FormKind.Alias, Form("Geran-2", "shahed-136").Kind);
    }

    [Theory]
    [InlineData("IRGC", true)]
    [InlineData("IRGC-QF", true)]
    [InlineData("U.S.", true)]
    [InlineData("S-300", false)]
    [InlineData("MiG-29", false)]
    [InlineData("Hamas", false)]
    [InlineData("UN Security Council", false)]
    public void An_acronym_is_one_word_in_capitals(string text, bool acronym) =>
        Assert.Equal(acronym, SurfaceForm.LooksLikeAcronym(text));

    [Fact]
    public void Every_name_alias_adjective_and_metonym_is_a_surface_form()
    {
        var expected = Kb.Entities.Sum(e => e.Names().Concat(e.Adjectives).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected, Kb.SurfaceForms().Count);
    }
}
