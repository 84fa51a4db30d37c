using Entente.Core.Entities;

namespace Entente.Knowledge.Tests;

public sealed class ShippedKnowledgeTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    private int CountOf(params EntityKind[] kinds) => Kb.Entities.Count(e => kinds.Contains(e.Kind));

    [Fact]
    public void The_shipped_files_load_and_validate() => Assert.True(Kb.Count > 600, $"only {Kb.Count} entities");

    [Fact]
    public void Every_UN_member_and_observer_plus_disputed_territories_is_a_state() =>
        Assert.True(CountOf(EntityKind.State) >= 200, $"{CountOf(EntityKind.State)} states");

    [Fact]
    public void There_are_at_least_150_organs_groups_regimes_and_organizations() =>
        Assert.True(CountOf(EntityKind.StateOrgan, EntityKind.ArmedGroup, EntityKind.PoliticalGroup, EntityKind.Regime, EntityKind.Organization, EntityKind.Group) >= 150);

    [Fact]
    public void There_are_at_least_100_people() => Assert.True(CountOf(EntityKind.Person) >= 100, $"{CountOf(EntityKind.Person)} people");

    [Fact]
    public void There_are_at_least_150_materiel_entries() => Assert.True(CountOf(EntityKind.Materiel) >= 150, $"{CountOf(EntityKind.Materiel)} materiel");

    [Fact]
    public void There_are_at_least_60_places() => Assert.True(CountOf(EntityKind.Place) >= 60, $"{CountOf(EntityKind.Place)} places");

    [Fact]
    public void A_state_with_ISO_codes_is_keyed_by_its_alpha_3_code_and_has_a_location()
    {
        var coded = Kb.Entities.Where(e => e.Kind == EntityKind.State && e.Iso3 is not null).ToList();
        Assert.True(coded.Count >= 198, $"{coded.Count} states with ISO codes");
        foreach (var s in coded)
        {
            Assert.Equal(s.Iso3!.ToLowerInvariant(), s.Id);
            Assert.Equal(2, s.Iso2?.Length);
            Assert.NotNull(s.Location);
        }
    }

    [Theory]
    [InlineData("Russian")]
    [InlineData("Iranian")]
    [InlineData("Chinese")]
    [InlineData("North Korean")]
    [InlineData("Syrian")]
    [InlineData("American")]
    [InlineData("Israeli")]
    [InlineData("Ukrainian")]
    [InlineData("Turkish")]
    [InlineData("Saudi")]
    [InlineData("Emirati")]
    [InlineData("Burmese")]
    public void A_demonym_is_an_adjective_and_never_a_name(string adjective)
    {
        Assert.Empty(Kb.ByName(adjective));
        Assert.Contains(Kb.Entities, e => e.Kind == EntityKind.State && e.Adjectives.Contains(adjective));
    }
}
