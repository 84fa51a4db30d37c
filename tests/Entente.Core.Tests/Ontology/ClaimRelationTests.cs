using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Serialization;

namespace Entente.Core.Tests.Ontology;

/// <summary>A claim's relation is a checked id: only a type of the ontology, and written as the same id string as before.</summary>
public sealed class ClaimRelationTests
{
    private static Claim Make(string relation) => new()
    {
        Id = "",
        SourceId = "src-1",
        Subject = new EntityRef("rus", "Russia", EntityKind.State),
        Relation = relation,
        Object = new EntityRef("irn", "Iran", EntityKind.State),
        Evidence = new EvidenceSpan("src-1", 0, 4, "sold"),
        Producer = Producer.Analyst("test"),
    };

    [Fact]
    public void A_claim_cannot_be_made_with_a_relation_the_ontology_lacks() =>
        Assert.Contains("'befriends' is not a relation type", Assert.Throws<ArgumentException>(() => Make("befriends")).Message);

    [Fact]
    public void Nor_changed_to_one()
    {
        var c = Make("arms-transfer");
        Assert.Throws<ArgumentException>(() => c with { Relation = "befriends" });
    }

    [Fact]
    public void The_relation_is_written_and_read_as_its_id_and_gives_its_type()
    {
        var json = EntenteJson.Serialize(Make(RelationTypes.ArmsTransfer.Id));
        Assert.Contains("\"relation\":\"arms-transfer\"", json);
        var back = EntenteJson.Deserialize<Claim>(json)!;
        Assert.Same(RelationTypes.ArmsTransfer, back.Type);
    }

    [Fact]
    public void Stored_json_naming_an_unknown_relation_is_refused_when_read() =>
        Assert.ThrowsAny<Exception>(() => EntenteJson.Deserialize<Claim>(EntenteJson.Serialize(Make("support")).Replace("\"support\"", "\"befriends\"")));
}
