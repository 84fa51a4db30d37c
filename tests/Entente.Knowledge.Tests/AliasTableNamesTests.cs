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

    /// <summary>
    /// The scorer resolves an extracted entity by its name first, then its id: an entity whose id is a key of the global or
    /// training table must not carry a name the tables give another key, or its claims would count for that key.
    /// </summary>
    [Fact]
    public void No_entity_whose_id_is_a_table_key_is_named_like_another_key()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in new[] { "eval/aliases.json", "eval/train/aliases.json" })
            foreach (var (key, names) in JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(SharedData.Require(table)))!)
                foreach (var name in names.Append(key))
                {
                    if (!owners.TryGetValue(NameKey.Of(name), out var keys)) owners[NameKey.Of(name)] = keys = new HashSet<string>(StringComparer.Ordinal);
                    keys.Add(key);
                }
        var misnamed = Kb.Entities
            .Where(e => e.Kind != EntityKind.State && owners.Values.Any(keys => keys.Contains(e.Id)))
            .Where(e => owners.TryGetValue(NameKey.Of(e.Name), out var keys) && !keys.Contains(e.Id))
            .Select(e => $"{e.Id}: '{e.Name}' names {string.Join(", ", owners[NameKey.Of(e.Name)])}")
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
