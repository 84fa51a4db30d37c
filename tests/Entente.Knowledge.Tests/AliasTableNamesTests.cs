using System.Text.Json;
using Entente.Core.Entities;
using Entente.TestSupport;

namespace Entente.Knowledge.Tests;

/// <summary>
/// The entities the knowledge base took from the evaluation's alias tables: each comes out under a name the table
/// gives its key (the scorer resolves an extracted entity by its name), with the kind, state and links it has.
/// </summary>
public sealed class AliasTableNamesTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    [Theory]
    [InlineData("eval/aliases.json")]
    [InlineData("eval/train/aliases.json")]
    public void An_entity_whose_id_is_a_table_key_is_named_by_one_of_that_keys_names(string table)
    {
        var entries = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(SharedData.Require(table)))!;
        var misnamed = entries
            .Where(kv => Kb.Get(kv.Key) is { Kind: not EntityKind.State } e && !kv.Value.Append(kv.Key).Select(NameKey.Of).Contains(NameKey.Of(e.Name)))
            .Select(kv => $"{kv.Key}: {Kb.Get(kv.Key)!.Name}")
            .ToList();
        Assert.Empty(misnamed);
    }

    [Theory]
    [InlineData("Meroe Gold", EntityKind.Organization, "sdn")]
    [InlineData("United Wa State Army", EntityKind.ArmedGroup, "mmr")]
    [InlineData("Unit 29155", EntityKind.StateOrgan, "rus")]
    [InlineData("Qamishli", EntityKind.Place, "syr")]
    [InlineData("Abiy Ahmed", EntityKind.Person, "eth")]
    [InlineData("Soviet Union", EntityKind.State, null)]
    [InlineData("Rosneft Trading", EntityKind.Organization, "che")]
    public void Names_from_the_tables_resolve_to_an_entity_of_the_right_kind_and_state(string name, EntityKind kind, string? country)
    {
        var e = Kb.Resolve(name);
        Assert.NotNull(e);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(country, e.Country);
    }

    [Fact]
    public void Officials_added_from_the_tables_act_for_their_state_and_others_belong_where_the_record_says()
    {
        Assert.Contains(Kb.Parents(Kb.Resolve("Nikol Pashinyan")!), p => p.Id == "arm");
        Assert.Contains(Kb.Parents(Kb.Resolve("Unit 29155")!), p => p.Id == "gru");
        Assert.Equal("affiliate-of", Kb.Resolve("Lobaye Invest")!.Links.Single(l => l.Target == "wagner").Type);
        // The National League for Democracy keeps its own id, since "nld" is the Netherlands' code; its acronym names it.
        Assert.Equal("national-league-for-democracy", Assert.Single(Kb.ByName("NLD")).Id);
    }
}
