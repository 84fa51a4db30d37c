using System.Reflection;
using Entente.Core.Ontology;

namespace Entente.Core.Tests.Ontology;

/// <summary>The typed members of <see cref="RelationTypes"/> and the groupings the code asks about, against the data file.</summary>
public sealed class RelationTypeMembersTests
{
    private static readonly FieldInfo[] Members = typeof(RelationTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RelationType)).ToArray();

    [Fact]
    public void Every_type_of_the_file_has_the_member_named_for_it_and_no_member_names_another()
    {
        var byName = Members.ToDictionary(f => KebabCase.FromPascal(f.Name), f => (RelationType)f.GetValue(null)!);
        Assert.Equal(RelationTypes.All.Select(t => t.Id).Order(), byName.Keys.Order());
        foreach (var (id, type) in byName) Assert.Same(RelationTypes.Get(id), type);
    }

    [Theory]
    [InlineData("ArmsTransfer", "arms-transfer")]
    [InlineData("ClientOf", "client-of")]
    [InlineData("ReduceRelations", "reduce-relations")]
    [InlineData("Support", "support")]
    public void A_member_name_becomes_its_kebab_case_id(string name, string id) => Assert.Equal(id, KebabCase.FromPascal(name));

    /// <summary>The sets the analysis and extraction kept in code before the traits moved to data: they must not change.</summary>
    [Theory]
    [InlineData(RelationGroups.Backing, "arms-transfer personnel-deployment training protection funding support regime-support coup-support")]
    [InlineData(RelationGroups.Client, "client-of proxy-of")]
    [InlineData(RelationGroups.Pressure, "interdiction sanction pressure reduce-relations")]
    [InlineData(RelationGroups.Joint, "joint-operation coordination")]
    [InlineData(RelationGroups.RollsUp, "proxy-of part-of")]
    [InlineData(RelationGroups.Membership, "part-of affiliate-of")]
    [InlineData(RelationGroups.Declared, "sanction pressure reduce-relations")]
    [InlineData(RelationGroups.Personal, "sanction")]
    public void A_group_holds_the_types_it_held_in_code(RelationGroups group, string ids) =>
        Assert.Equal(ids.Split(' '), RelationTypes.IdsIn(group));

    [Fact]
    public void Places_may_be_the_object_of_presence_occupation_and_a_visit_and_are_the_object_of_the_first_two()
    {
        Assert.Equal(["visit", "presence", "occupation"], RelationTypes.All.Where(t => t.ObjectMayBePlace).Select(t => t.Id));
        Assert.Equal(["presence", "occupation"], RelationTypes.All.Where(t => t.ObjectIsPlace).Select(t => t.Id));
    }

    [Fact]
    public void An_unknown_id_is_in_no_group_and_found_as_nothing()
    {
        Assert.False(RelationTypes.InGroup("befriends", RelationGroups.Backing));
        Assert.False(RelationTypes.InGroup(null, RelationGroups.None));
        Assert.Null(RelationTypes.Find("befriends"));
        Assert.Same(RelationTypes.Visit, RelationTypes.Find("visit"));
    }
}
