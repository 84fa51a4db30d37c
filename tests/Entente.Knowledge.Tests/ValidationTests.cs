using Entente.Core.Entities;
using Entente.TestSupport;

namespace Entente.Knowledge.Tests;

public sealed class ValidationTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    private static string Write(TempDir dir, string json)
    {
        var path = dir.File("user.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_malformed_file_is_refused_naming_its_file_and_line()
    {
        using var dir = new TempDir();
        var path = Write(dir, "{\n  \"entities\": [\n    {\"id\": \"x\", \"kind\": \"state\", \"name\": \"X\",}\n  ]\n}\n");
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([path]));
        Assert.Equal(path, e.File);
        Assert.Equal(3, e.Line);
        Assert.StartsWith($"{path}:3: ", e.Message);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_its_line()
    {
        using var dir = new TempDir();
        var path = Write(dir, "{\"entities\": [\n{\"id\": \"x\", \"kind\": \"planet\", \"name\": \"X\"}\n]}");
        Assert.Equal(2, Assert.Throws<KnowledgeException>(() => KnowledgeFile.Read(path)).Line);
    }

    /// <summary>The words come from System.Text.Json; they name the property's type, as they did before the entities'
    /// metadata was generated (which would name the record: a refused file is read again by reflection to say why).</summary>
    [Theory]
    [InlineData("\"kind\": \"planet\"", "The JSON value could not be converted to Entente.Core.Entities.EntityKind.")]
    [InlineData("\"kind\": \"state\", \"needs_review\": \"yes\"", "The JSON value could not be converted to System.Boolean.")]
    [InlineData("\"kind\": \"state\", \"iso2\": [\"RU\"]", "The JSON value could not be converted to System.String.")]
    [InlineData("\"kind\": \"state\", \"links\": [{\"type\": \"part-of\", \"target\": \"irn\", \"from\": \"soon\"}]", "The JSON value could not be converted to System.Nullable`1[System.DateOnly].")]
    public void A_bad_value_is_refused_naming_the_type_it_should_have(string fields, string why) =>
        Assert.Equal($"f.json:2: {why}", Assert.Throws<KnowledgeException>(() => KnowledgeFile.Parse("f.json", $"{{\"entities\": [\n{{\"id\": \"x\", \"name\": \"X\", {fields}}}\n]}}")).Message);

    [Fact]
    public void Lists_a_file_leaves_out_are_empty()
    {
        var e = KnowledgeFile.Parse("f.json", "{\"entities\": [{\"id\": \"x\", \"kind\": \"person\", \"name\": \"X\"}]}").Entities.Single();
        Assert.Equal((0, 0, 0, 0, false), (e.Aliases.Count, e.Adjectives.Count, e.Metonyms.Count, e.Links.Count, e.NeedsReview));
    }

    [Fact]
    public void A_file_without_an_entities_array_is_refused() =>
        Assert.Contains("no \"entities\" array", Assert.Throws<KnowledgeException>(() => KnowledgeFile.Parse("f.json", "{\"items\": []}")).Message);

    [Fact]
    public void A_missing_file_is_refused_by_name() =>
        Assert.Contains("no such file", Assert.Throws<KnowledgeException>(() => KnowledgeFile.Read("/nonexistent/kb.json")).Message);

    [Fact]
    public void The_shipped_data_has_no_name_naming_two_entities_of_one_kind() =>
        Assert.Empty(KnowledgeValidator.Validate(KnowledgeBase.Shipped().ToList()));

    [Fact]
    public void A_duplicate_id_within_a_file_is_refused_naming_both_lines()
    {
        var file = KnowledgeFile.Parse("dup.json", "{\"entities\": [\n{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"},\n{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A2\"}\n]}");
        var problem = Assert.Single(KnowledgeValidator.Validate([file]));
        Assert.Equal("dup.json:3: duplicate id 'a', already declared at line 2 of the same file", problem);
    }

    [Fact]
    public void Two_shipped_files_may_not_declare_one_id_but_a_user_file_may_override_it()
    {
        var one = KnowledgeFile.Parse("one.json", "{\"entities\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"}]}") with { Shipped = true };
        var two = KnowledgeFile.Parse("two.json", "{\"entities\": [{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"}]}");
        Assert.Contains("two.json:1: duplicate id 'a', already declared in one.json:1", Assert.Single(KnowledgeValidator.Validate([one, two with { Shipped = true }])));
        Assert.Empty(KnowledgeValidator.Validate([one, two]));
    }

    [Fact]
    public void A_dangling_link_is_refused_naming_the_file_line_and_target()
    {
        var file = KnowledgeFile.Parse("u.json", "{\"entities\": [\n{\"id\": \"cell\", \"kind\": \"armed-group\", \"name\": \"Cell\", \"links\": [{\"type\": \"proxy-of\", \"target\": \"nowhere\"}]}\n]}");
        var problem = Assert.Single(Kb.Check(file));
        Assert.Equal("u.json:2: 'cell' links to 'nowhere', which no file declares", problem);
    }

    [Fact]
    public void An_unknown_link_type_and_unknown_country_are_refused()
    {
        var file = KnowledgeFile.Parse("u.json", "{\"entities\": [{\"id\": \"cell\", \"kind\": \"armed-group\", \"name\": \"Cell\", \"country\": \"atlantis\", \"links\": [{\"type\": \"friend-of\", \"target\": \"irn\"}]}]}");
        var problems = Kb.Check(file);
        Assert.Contains(problems, p => p.Contains("unknown type 'friend-of'"));
        Assert.Contains(problems, p => p.Contains("names country 'atlantis'"));
    }

    [Fact]
    public void An_alias_naming_a_shipped_entity_of_the_same_kind_is_refused()
    {
        var file = KnowledgeFile.Parse("u.json", "{\"entities\": [\n\n{\"id\": \"new-guard\", \"kind\": \"state-organ\", \"name\": \"New Guard\", \"aliases\": [\"IRGC\"]}\n]}");
        var problem = Assert.Single(Kb.Check(file));
        Assert.StartsWith("u.json:3: the name 'irgc' of 'new-guard' also names 'irgc'", problem);
    }

    [Fact]
    public void An_alias_shared_across_kinds_is_allowed()
    {
        var file = KnowledgeFile.Parse("u.json", "{\"entities\": [{\"id\": \"irgc-person\", \"kind\": \"person\", \"name\": \"IRGC\"}]}");
        Assert.Empty(Kb.Check(file));
    }

    [Fact]
    public void A_user_file_loads_over_the_shipped_data_and_replaces_an_id()
    {
        using var dir = new TempDir();
        var path = Write(dir, "{\"entities\": [{\"id\": \"wagner\", \"kind\": \"armed-group\", \"name\": \"Wagner Group\", \"aliases\": [\"Orchestra\"], \"links\": [{\"type\": \"proxy-of\", \"target\": \"rus\"}]}]}");
        var kb = KnowledgeBase.Load([path]);
        Assert.Equal("wagner", kb.Resolve("Orchestra")?.Id);
        Assert.Equal(EntityKind.ArmedGroup, kb.Get("wagner")!.Kind);
        Assert.Equal(Kb.Count, kb.Count);
    }

    [Fact]
    public void A_user_file_that_clashes_with_the_shipped_data_is_refused_by_load()
    {
        // Load checks the whole only when a user file joins the shipped data; the clash must still be caught there.
        using var dir = new TempDir();
        var path = Write(dir, "{\"entities\": [\n{\"id\": \"new-guard\", \"kind\": \"state-organ\", \"name\": \"New Guard\", \"aliases\": [\"IRGC\"]}\n]}");
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load([path]));
        Assert.Contains("the name 'irgc' of 'new-guard' also names 'irgc'", e.Message);
        // The shipped file's line is found in its text, decoded from its bytes only now that an error asks for it.
        var shipped = KnowledgeBase.Shipped().Single(f => f.Entities.Any(x => x.Id == "irgc"));
        Assert.Contains($"({shipped.Name}:{shipped.Text[..shipped.Text.IndexOf("\"id\": \"irgc\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1})", e.Message);
    }

    public static TheoryData<string> FileTexts() =>
    [
        "{\"entities\": [\n{\"id\": \"x\", \"kind\": \"state\", \"name\": \"Xé\", \"aliases\": [\"Ex\"]}\n]}",
        "{\"entities\": [\n{\"id\": \"x\", \"kind\": \"planet\", \"name\": \"X\"}\n]}",
        "{\"entities\": [\n    {\"id\": \"x\", \"kind\": \"state\", \"name\": \"X\",}\n]}",
        "{\"items\": []}",
        "null",
    ];

    /// <summary>The shipped files are read from their UTF-8 bytes: the same entities, or the same error, as from their text.</summary>
    [Theory]
    [MemberData(nameof(FileTexts))]
    public void A_file_read_from_its_bytes_gives_what_its_text_gives(string json)
    {
        var (fromText, textError) = Outcome(() => KnowledgeFile.Parse("f.json", json));
        var (fromBytes, bytesError) = Outcome(() => KnowledgeFile.Parse("f.json", new ReadOnlyMemory<byte>(System.Text.Encoding.UTF8.GetBytes(json))));
        var (withBom, bomError) = Outcome(() => KnowledgeFile.Parse("f.json", new ReadOnlyMemory<byte>([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(json)])));
        Assert.Equal(textError, bytesError);
        Assert.Equal(textError, bomError);
        Assert.Equal(fromText, fromBytes);
        Assert.Equal(fromText, withBom);
    }

    private static (string? Entities, string? Error) Outcome(Func<KnowledgeFile> parse)
    {
        try
        {
            var file = parse();
            return (Core.Serialization.EntenteJson.Serialize(file.Entities) + "|" + file.Text, null);
        }
        catch (KnowledgeException e)
        {
            return (null, e.Message);
        }
    }

    [Fact]
    public void The_shipped_files_read_from_bytes_equal_their_text()
    {
        foreach (var file in KnowledgeBase.Shipped())
            Assert.Equal(Core.Serialization.EntenteJson.Serialize(KnowledgeFile.Parse(file.Name, file.Text).Entities), Core.Serialization.EntenteJson.Serialize(file.Entities));
    }
}
