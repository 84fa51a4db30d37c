using Entente.Core.Entities;

namespace Entente.Knowledge.Tests;

public sealed class HierarchyTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    [Theory]
    [InlineData("irgc", "irn")]
    [InlineData("quds-force", "irn")]
    [InlineData("hezbollah", "irn")]
    [InlineData("kataib-hezbollah", "irn")]
    [InlineData("fatemiyoun", "irn")]
    [InlineData("wagner", "rus")]
    [InlineData("africa-corps", "rus")]
    [InlineData("gru", "rus")]
    [InlineData("sergei-lavrov", "rus")]
    [InlineData("assad-regime", "syr")]
    [InlineData("myanmar-junta", "mmr")]
    [InlineData("zala-aero", "rus")]
    [InlineData("rus", "rus")]
    public void An_actor_rolls_up_to_the_state_it_answers_to(string id, string state) =>
        Assert.Equal(state, Kb.RollUp(Kb.Get(id)!)?.Id);

    [Theory]
    [InlineData("al-shabaab")]
    [InlineData("al-qaeda")]
    [InlineData("hamas")]
    public void A_group_without_a_sponsoring_state_rolls_up_to_nothing(string id) =>
        Assert.Null(Kb.RollUp(Kb.Get(id)!));

    [Fact]
    public void Ancestors_come_nearest_first()
    {
        var chain = Kb.Ancestors(Kb.Get("quds-force")!).Select(e => e.Id).ToList();
        Assert.Equal(["irgc", "irn"], chain);
    }

    [Fact]
    public void Ancestors_stop_at_a_cycle()
    {
        var a = new Entity { Id = "a", Kind = EntityKind.ArmedGroup, Name = "A", Links = [new EntityLink("part-of", "b")] };
        var b = new Entity { Id = "b", Kind = EntityKind.ArmedGroup, Name = "B", Links = [new EntityLink("proxy-of", "a")] };
        var kb = KnowledgeBase.From([a, b]);
        Assert.Equal(["b"], kb.Ancestors(a).Select(e => e.Id));
        Assert.Null(kb.RollUp(a));
    }

    [Theory]
    [InlineData("hmeimim", "syr")]
    [InlineData("crimea", "ukr")]
    [InlineData("sevastopol", "ukr")]
    [InlineData("shahed-136", "irn")]
    [InlineData("hezbollah", "lbn")]
    [InlineData("irn", "irn")]
    [InlineData("abkhazia", "geo")]
    public void CountryOf_names_the_state_an_entity_belongs_to(string id, string country) =>
        Assert.Equal(country, Kb.CountryOf(Kb.Get(id)!)?.Id);

    [Fact]
    public void CountryOf_follows_located_in_when_there_is_no_country_field()
    {
        var site = new Entity { Id = "site", Kind = EntityKind.Place, Name = "Site", Links = [new EntityLink("located-in", "hmeimim")] };
        var kb = Kb.With([site]);
        Assert.Equal("syr", kb.CountryOf(site)?.Id);
    }

    [Theory]
    [InlineData("ofac", "usa")]
    [InlineData("quds-force", "irn")]
    [InlineData("irn", "irn")]
    public void A_state_organ_belongs_to_its_state_either_way(string id, string state)
    {
        Assert.Equal(state, Kb.StateOf(Kb.Get(id)!, followPartOf: false)?.Id);
        Assert.Equal(state, Kb.StateOf(Kb.Get(id)!, followPartOf: true)?.Id);
    }

    [Theory]
    [InlineData("hezbollah")]
    [InlineData("sergei-lavrov")]
    public void Only_a_state_or_a_state_organ_has_a_state_of_its_own(string id) =>
        Assert.Null(Kb.StateOf(Kb.Get(id)!, followPartOf: true));

    [Fact]
    public void An_organ_without_a_country_finds_its_state_only_through_the_organ_above_it()
    {
        var unit = new Entity { Id = "unit", Kind = EntityKind.StateOrgan, Name = "Unit", Links = [new EntityLink("part-of", "quds-force")] };
        var kb = Kb.With([unit]);
        Assert.Equal("irn", kb.StateOf(unit, followPartOf: true)?.Id);
        Assert.Null(kb.StateOf(unit, followPartOf: false));
    }

    [Fact]
    public void Reverse_links_list_who_is_part_of_or_proxy_of_an_entity()
    {
        var from = Kb.LinksTo("irgc").Select(x => (x.From.Id, x.Link.Type)).ToList();
        Assert.Contains(("quds-force", "part-of"), from);
        Assert.Contains(("hezbollah", "proxy-of"), from);
    }
}
