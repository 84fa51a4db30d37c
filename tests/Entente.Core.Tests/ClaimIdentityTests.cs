using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Time;

namespace Entente.Core.Tests;

public class ClaimIdentityTests
{
    private static Claim Sample() => new Claim
    {
        Id = "",
        SourceId = "src-1",
        Subject = new EntityRef("rus", "Russia", EntityKind.State),
        Relation = "arms-transfer",
        Object = new EntityRef("irn", "Iran", EntityKind.State),
        Materiel = [new EntityRef("s-300", "S-300", EntityKind.Materiel)],
        Time = ClaimTime.Year(2016, "in 2016"),
        Evidence = new EvidenceSpan("src-1", 10, 60, "which was ultimately delivered to Iran in 2016"),
        Producer = Producer.Rule("arms-transfer.passive"),
    }.WithId();

    [Fact]
    public void The_same_statement_from_the_same_words_gets_the_same_id() =>
        Assert.Equal(Sample().Id, Sample().WithId().Id);

    [Fact]
    public void A_different_certainty_is_a_different_claim() =>
        Assert.NotEqual(Sample().Id, (Sample() with { Certainty = Certainty.Denied }).WithId().Id);

    [Fact]
    public void The_same_statement_from_another_rule_gets_the_same_id() =>
        Assert.Equal(Sample().Id, (Sample() with { Producer = Producer.Rule("arms-transfer.renamed") }).WithId().Id);

    [Fact]
    public void A_merged_duplicate_keeps_the_first_producer_and_records_the_others_once()
    {
        var model = Sample() with { Producer = Producer.Model("m1", 0.9, ["arms-transfer.passive"]) };
        var fromRule = Sample();
        var fromOther = Sample() with { Producer = Producer.Rule("delivery.object-first") };

        var merged = DuplicateClaims.Merge(DuplicateClaims.Merge(model, fromRule), fromOther);

        Assert.Equal(("relation-model", "m1"), (merged.Producer.Name, merged.Producer.Version));
        Assert.Equal(["arms-transfer.passive", "delivery.object-first"], merged.Producer.Rules);
        Assert.Same(fromRule, DuplicateClaims.Merge(fromRule, fromRule));
    }

    [Fact]
    public void A_claim_survives_a_json_round_trip_with_kebab_case_enums()
    {
        var c = Sample() with { Certainty = Certainty.Reported, Cues = ["reportedly"], Quantity = new Quantity("hundreds", 200, 999) };
        var json = EntenteJson.Serialize(c);
        Assert.Contains("\"certainty\":\"reported\"", json);
        Assert.Contains("\"kind\":\"state\"", json);
        Assert.Contains("\"source_id\":\"src-1\"", json);
        var back = EntenteJson.Deserialize<Claim>(json)!;
        Assert.Equal(c.Id, back.Id);
        Assert.Equal(c.Time, back.Time);
        Assert.Equal(c.Materiel, back.Materiel);
        Assert.Equal(c.Quantity, back.Quantity);
        Assert.Equal(c.Evidence, back.Evidence);
    }

    [Theory]
    [InlineData(Certainty.Asserted, 85, 2)]
    [InlineData(Certainty.Reported, 55, 3)]
    [InlineData(Certainty.Denied, 25, 4)]
    [InlineData(Certainty.False, 10, 5)]
    public void Certainty_maps_to_the_stix_and_admiralty_scales_of_the_ontology(Certainty c, int stix, int admiralty)
    {
        Assert.Equal(stix, c.StixConfidence());
        Assert.Equal(admiralty, c.AdmiraltyCredibility());
        Assert.Equal(c, CertaintyScales.FromStixConfidence(stix));
    }
}
