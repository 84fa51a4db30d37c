using Entente.Core.Entities;

namespace Entente.Knowledge.Tests;

/// <summary>Table-driven checks that the shipped data says what analysts rely on.</summary>
public sealed class SpotCheckTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    [Theory]
    [InlineData("irgc", "part-of", "irn")]
    [InlineData("quds-force", "part-of", "irgc")]
    [InlineData("hezbollah", "proxy-of", "irgc")]
    [InlineData("al-shabaab", "affiliate-of", "al-qaeda")]
    [InlineData("jnim", "affiliate-of", "al-qaeda")]
    [InlineData("iskp", "affiliate-of", "isis")]
    [InlineData("zala-aero", "part-of", "kalashnikov-concern")]
    [InlineData("gru", "part-of", "russian-general-staff")]
    [InlineData("fatah", "part-of", "plo")]
    [InlineData("hamedan", "located-in", "irn")]
    [InlineData("hmeimim", "located-in", "latakia")]
    public void A_shipped_entity_carries_its_structural_link(string id, string type, string target)
    {
        var e = Kb.Get(id);
        Assert.NotNull(e);
        Assert.Contains(e.Links, l => l.Type == type && l.Target == target);
    }

    [Theory]
    [InlineData("Geran-2", "shahed-136")]
    [InlineData("Geran-1", "shahed-131")]
    [InlineData("Tehran", "irn")]
    [InlineData("the Kremlin", "rus")]
    [InlineData("Kremlin", "rus")]
    [InlineData("DPRK", "prk")]
    [InlineData("North Korea", "prk")]
    [InlineData("Burma", "mmr")]
    [InlineData("CAR", "caf")]
    [InlineData("UAE", "are")]
    [InlineData("U.S.", "usa")]
    [InlineData("United States of America", "usa")]
    [InlineData("Britain", "gbr")]
    [InlineData("Kyiv", "ukr")]
    [InlineData("Kiev", "ukr")]
    [InlineData("Türkiye", "tur")]
    [InlineData("Sepah", "irgc")]
    [InlineData("Pasdaran", "irgc")]
    [InlineData("Qods Force", "quds-force")]
    [InlineData("Hizballah", "hezbollah")]
    [InlineData("the Houthis", "houthis")]
    [InlineData("Hashd al-Shaabi", "pmf")]
    [InlineData("Daesh", "isis")]
    [InlineData("PMC Wagner", "wagner")]
    [InlineData("Khmeimim", "hmeimim")]
    [InlineData("Nojeh air base", "hamedan")]
    [InlineData("S-400 Triumf", "s-400")]
    [InlineData("Hwasong-11", "kn-23")]
    [InlineData("kamikaze drones", "loitering-munitions")]
    [InlineData("body armor", "body-armour")]
    [InlineData("Putin", "vladimir-putin")]
    [InlineData("the junta in Myanmar", "myanmar-junta")]
    public void A_name_resolves_to_the_entity_analysts_mean(string name, string id) =>
        Assert.Equal(id, Kb.Resolve(name)?.Id);

    [Fact]
    public void A_person_role_carries_its_dates()
    {
        var link = Assert.Single(Kb.Get("hossein-amir-abdollahian")!.Links);
        Assert.Equal(("part-of", "irn", "Foreign Minister"), (link.Type, link.Target, link.Role));
        Assert.Equal(new DateOnly(2021, 8, 25), link.From);
        Assert.Equal(new DateOnly(2024, 5, 19), link.To);
        Assert.Equal("Deputy Foreign Minister", Kb.Get("mikhail-bogdanov")!.Links[0].Role);
    }

    [Fact]
    public void Occupied_places_keep_the_country_they_belong_to()
    {
        foreach (var id in new[] { "crimea", "donbas", "kherson", "zaporizhzhia", "mariupol" })
            Assert.Equal("ukr", Kb.Get(id)!.Country);
    }

    [Fact]
    public void Generic_materiel_categories_have_no_country_and_named_systems_have_one()
    {
        Assert.Null(Kb.Get("drones")!.Country);
        Assert.Equal("rus", Kb.Get("s-300")!.Country);
        Assert.Equal("tur", Kb.Get("bayraktar-tb2")!.Country);
        Assert.All(Kb.Entities.Where(e => e.Kind == EntityKind.Materiel), m => Assert.False(string.IsNullOrEmpty(m.Category), m.Id));
    }

    [Fact]
    public void Every_place_outside_the_seas_and_continents_has_coordinates() =>
        Assert.All(Kb.Entities.Where(e => e.Kind == EntityKind.Place), p => Assert.NotNull(p.Location));
}
