using Entente.Core.Ontology;

namespace Entente.Core.Tests.Ontology;

/// <summary>A bad line of the ontology data file stops the load, naming the file and the line.</summary>
public sealed class RelationTypeFileTests
{
    private const string Good = "arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking\t072";

    private static IReadOnlyList<RelationType> Read(string text) => RelationTypeFile.Read(new StringReader(text), "test.tsv");

    [Fact]
    public void A_line_gives_every_trait_and_comments_and_blank_lines_are_skipped()
    {
        var types = Read($"# a comment\n\n{Good}  # trailing comment\nsanction\thostile\tsanctioner\ttarget\tdirected\thostile\tactor\tpressure,declared\t163\n");
        Assert.Equal(2, types.Count);
        var t = types[0];
        Assert.Equal(("arms-transfer", Sphere.Military, "supplier", "recipient", false, "072"), (t.Id, t.Sphere, t.SubjectRole, t.ObjectRole, t.Symmetric, t.Cameo));
        Assert.True(t.Backing && t.Cooperative && !t.Pressure && t.ObjectKind == ObjectKind.Actor);
        Assert.Equal(RelationGroups.Pressure | RelationGroups.Declared, types[1].Groups);
        Assert.True(types[1].Hostile);
    }

    [Theory]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking", "expected 9 tab-separated columns, found 8")]
    [InlineData("Arms_Transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking\t072", "not a kebab-case id")]
    [InlineData("arms-transfer\tnaval\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking\t072", "'naval' is not a sphere")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tmutual\tcooperative\tactor\tbacking\t072", "direction 'mutual'")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\thostile\tactor\tbacking\t072", "disagrees with sphere")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tship\tbacking\t072", "'ship' is not an object kind")]
    [InlineData("presence\tstructural\tactor\tplace\tdirected\tcooperative\tactor\t-\t-", "object role is 'place'")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking,sponsoring\t072", "'sponsoring' is not a group")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking,backing\t072", "listed twice")]
    [InlineData("arms-transfer\tmilitary\tsupplier\trecipient\tdirected\tcooperative\tactor\tbacking\t07x", "not a CAMEO code")]
    [InlineData("arms-transfer\tmilitary\t\trecipient\tdirected\tcooperative\tactor\tbacking\t072", "column 3 is empty")]
    public void A_bad_line_fails_with_the_file_line_and_reason(string line, string reason)
    {
        var e = Assert.Throws<FormatException>(() => Read($"# header\n{line}\n"));
        Assert.StartsWith("test.tsv:2: ", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_type_listed_twice_fails_at_its_second_line() =>
        Assert.StartsWith("test.tsv:3: 'arms-transfer' is listed twice", Assert.Throws<FormatException>(() => Read($"{Good}\n\n{Good}\n")).Message);
}
