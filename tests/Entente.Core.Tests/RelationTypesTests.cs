using Entente.Core.Ontology;

namespace Entente.Core.Tests;

public class RelationTypesTests
{
    [Theory]
    [InlineData("arms-transfer", Sphere.Military, false, "072")]
    [InlineData("joint-operation", Sphere.Military, true, "062")]
    [InlineData("agreement", Sphere.Diplomatic, true, "057")]
    [InlineData("occupation", Sphere.Hostile, false, "1721")]
    [InlineData("proxy-of", Sphere.Structural, false, null)]
    [InlineData("space-cooperation", Sphere.Technology, false, "061")]
    public void The_registry_carries_sphere_symmetry_and_cameo_as_the_ontology_lists_them(string id, Sphere sphere, bool symmetric, string? cameo)
    {
        var t = RelationTypes.Get(id);
        Assert.Equal(sphere, t.Sphere);
        Assert.Equal(symmetric, t.Symmetric);
        Assert.Equal(cameo, t.Cameo);
    }

    [Fact]
    public void The_registry_has_every_type_of_the_ontology_once() =>
        Assert.Equal(37, RelationTypes.All.Select(t => t.Id).Distinct().Count());

    [Fact]
    public void An_unknown_relation_is_refused_with_its_name() =>
        Assert.Contains("'befriends'", Assert.Throws<ArgumentException>(() => RelationTypes.Get("befriends")).Message);
}
