using System.Text;
using System.Text.Json.Nodes;
using Entente.Extraction.Relations.Model;

namespace Entente.Extraction.Tests.Model;

/// <summary>The model file: the shipped one loads and fits the features; a damaged one is refused with its name and the reason.</summary>
public sealed class RelationModelFileTests
{
    private static RelationModel Shipped => RelationModel.Shipped() ?? throw new InvalidOperationException("no model is shipped");

    private static string ShippedJson()
    {
        using var buffer = new MemoryStream();
        Shipped.Write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static FormatException Refused(string json) =>
        Assert.Throws<FormatException>(() => RelationModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "broken.json"));

    [Fact]
    public void The_shipped_model_fits_the_features_the_extractor_computes_and_says_what_it_was_trained_on()
    {
        var model = Shipped;
        model.CheckFeatures(new PairFeatures().Layout, new TripleFeatures().Layout);
        Assert.StartsWith("rm-", model.Version, StringComparison.Ordinal);
        Assert.Contains(model.Provenance.Keys, k => k.StartsWith("corpus:", StringComparison.Ordinal));
        Assert.InRange(model.Threshold, 0.05, 0.95);
        Assert.True(model.Cues.Count > 100, $"only {model.Cues.Count} cue words");
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_bytes()
    {
        var json = ShippedJson();
        var again = RelationModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "again");
        using var buffer = new MemoryStream();
        again.Write(buffer);
        Assert.Equal(json, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Not_json_is_refused_with_the_file_and_line()
    {
        var e = Refused("{\n  \"format\": ");
        Assert.Contains("broken.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_is_refused()
    {
        var e = Refused("{\"format\": \"something-else/2\"}");
        Assert.Contains("broken.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(RelationModel.Format, e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Damages() => new()
    {
        { "a split on a feature the model does not have", "pair.trees.0.feature.0=100000" },
        { "a child that points back up the tree", "pair.trees.0.left.0=0" },
        { "a child past the tree's nodes", "document.trees.0.right.0=9999" },
        { "a leaf past the tree's leaves", "pair.trees.0.left.0=-9999" },
        { "relation types other than the ontology's", "relations.0=not-a-relation" },
        { "a cue asking floor of zero", "cue_ask_floor=0" },
        { "a cue asking floor above one", "cue_ask_floor=2" },
    };

    [Fact]
    public void A_cue_asking_floor_is_read_and_written_and_an_older_file_without_one_keeps_the_default()
    {
        Assert.Equal(RelationCues.DefaultAskFloor, Shipped.Cues.AskFloor);
        Assert.DoesNotContain("cue_ask_floor", ShippedJson(), StringComparison.Ordinal);
        var root = JsonNode.Parse(ShippedJson())!;
        root["cue_ask_floor"] = 0.03;
        var model = RelationModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString())), "floor.json");
        Assert.Equal(0.03f, model.Cues.AskFloor);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        Assert.Contains("\"cue_ask_floor\": 0.03", Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_model_is_refused_not_walked(string what, string damage)
    {
        var root = JsonNode.Parse(ShippedJson())!;
        var (path, value) = (damage[..damage.IndexOf('=')].Split('.'), damage[(damage.IndexOf('=') + 1)..]);
        JsonNode node = root;
        foreach (var step in path[..^1]) node = int.TryParse(step, out var i) ? node[i]! : node[step]!;
        var last = path[^1];
        JsonNode replacement = int.TryParse(value, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
        if (int.TryParse(last, out var index)) node[index] = replacement;
        else node[last] = replacement;
        var e = Refused(root.ToJsonString());
        Assert.True(e.Message.Contains("broken.json", StringComparison.Ordinal), $"{what}: {e.Message}");
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused_when_the_stage_is_built()
    {
        var root = JsonNode.Parse(ShippedJson())!;
        root["pair"]!["features"]![0] = "a-feature-the-extractor-does-not-compute";
        var model = RelationModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString())), "old.json");
        var e = Assert.Throws<InvalidOperationException>(() => model.CheckFeatures(new PairFeatures().Layout, new TripleFeatures().Layout));
        Assert.Contains("entente train", e.Message, StringComparison.Ordinal);
    }
}
