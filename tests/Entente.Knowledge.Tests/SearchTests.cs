namespace Entente.Knowledge.Tests;

public sealed class SearchTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    [Fact]
    public void Searching_a_state_lists_it_first_then_its_organs_and_proxies()
    {
        var ids = Kb.Search("iran").Select(e => e.Id).ToList();
        Assert.Equal("irn", ids[0]);
        Assert.Contains("irgc", ids);
        Assert.Contains("quds-force", ids);
        Assert.Contains("hezbollah", ids);
        Assert.Contains("iran-foreign-ministry", ids);
        Assert.True(ids.IndexOf("iran-foreign-ministry") < ids.IndexOf("basij"), "name matches rank above belonging");
    }

    [Fact]
    public void Search_ignores_case_accents_and_punctuation()
    {
        Assert.Equal("tur", Kb.Search("TURKIYE")[0].Id);
        Assert.Equal("kataib-hezbollah", Kb.Search("Kataib Hezbollah")[0].Id);
    }

    [Fact]
    public void An_empty_or_unknown_query_finds_nothing()
    {
        Assert.Empty(Kb.Search("   "));
        Assert.Empty(Kb.Search("zzqxv"));
    }
}
