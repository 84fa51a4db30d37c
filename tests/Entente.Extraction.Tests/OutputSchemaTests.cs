using System.Text.Json.Nodes;
using Entente.Extraction.Documents;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;
using Entente.TestSupport;
using Json.Schema;

namespace Entente.Extraction.Tests;

/// <summary>The writer's output is valid against docs/schema/extraction-output.schema.json, the contract the CLI relies on.</summary>
public sealed class OutputSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "schema", "extraction-output.schema.json"))));

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractionPipeline.CreateDefault(KnowledgeBase.Load()));

    [Fact]
    public void The_seed_article_output_is_valid_against_the_schema()
    {
        var path = SharedData.Require("eval/seed/article.txt");
        var result = Pipeline.Value.Extract(Document.FromText(File.ReadAllText(path), new DocumentMetadata { Published = new DateOnly(2022, 12, 1) }, path));
        Assert.NotEmpty(result.Claims);
        AssertValid(JsonNode.Parse(ExtractionJsonWriter.ToJson(result)));
    }

    [Fact]
    public void Each_json_lines_record_is_a_valid_claim()
    {
        var result = Pipeline.Value.Extract(Document.FromText("Iran reportedly sent hundreds of drones to Russia in early 2022.", new DocumentMetadata { Published = new DateOnly(2022, 12, 1) }));
        using var ms = new MemoryStream();
        ExtractionJsonWriter.WriteLines(ms, result);
        var lines = System.Text.Encoding.UTF8.GetString(ms.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.Claims.Count, lines.Length);
        var document = JsonNode.Parse(ExtractionJsonWriter.ToJson(result))!["document"]!;
        foreach (var line in lines)
            AssertValid(new JsonObject { ["document"] = document.DeepClone(), ["claims"] = new JsonArray(JsonNode.Parse(line)) });
        var transfer = lines.Select(l => JsonNode.Parse(l)!).Single(c => c["relation"]!.GetValue<string>() == "arms-transfer");
        Assert.Equal("reported", transfer["certainty"]!.GetValue<string>());
        Assert.Equal("2022-01-01", transfer["time"]!["from"]!.GetValue<string>());
    }

    [Fact]
    public void Output_that_breaks_the_contract_is_rejected_by_the_schema()
    {
        var result = Pipeline.Value.Extract(Document.FromText("Turkey sold drones to Ukraine in 2019."));
        var node = JsonNode.Parse(ExtractionJsonWriter.ToJson(result))!;
        node["claims"]![0]!["certainty"] = "sure";
        Assert.False(Schema.Value.Evaluate(node).IsValid);
    }

    private static void AssertValid(JsonNode? node)
    {
        var r = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = r.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(r.IsValid, "schema errors:\n" + string.Join("\n", errors));
    }
}
