using System.Text.Json;
using Entente.Core.Ontology;
using Entente.Knowledge;
using Entente.TestSupport;

namespace Entente.Evaluation.Tests;

/// <summary>
/// The pieces of the port held against score.py itself and against the team's gold folders: name normalization
/// on every name of the alias tables and the knowledge base, the set of undirected relations, and that every
/// shared gold folder passes the checks. Skips in a fresh clone without ../shared.
/// </summary>
public sealed class SharedScorerParityTests
{
    [Fact]
    public void Every_alias_and_knowledge_base_name_normalizes_as_score_py_normalizes_it()
    {
        var eval = SharedData.Require("eval");
        var names = AliasFiles.For(Path.Combine(eval, "dev"))
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject()
                .SelectMany(p => p.Value.EnumerateArray().Select(n => n.GetString()!).Prepend(p.Name)))
            .Concat(KnowledgeBase.Load().Entities.SelectMany(e => e.Names().Concat(e.Adjectives).Prepend(e.Id)))
            .Concat(["  The  Ka\u0301rlsruhe\u2019s ", "\u01c4emal", "\u2460 \u00bd \u2166", "A\u200bB", "\u1680the\u3000Gulf", "an\u0085x"])
            .Distinct()
            .ToList();
        using var dir = new TempDir();
        File.WriteAllText(dir.File("names.json"), JsonSerializer.Serialize(names));
        var script = $"import json, sys; sys.path.insert(0, {JsonSerializer.Serialize(eval)}); import score; "
            + $"print(json.dumps([score.norm(n) for n in json.load(open({JsonSerializer.Serialize(dir.File("names.json"))}, encoding='utf-8'))]))";

        var expected = JsonSerializer.Deserialize<List<string>>(Python.Run("-c", script))!;

        var wrong = names.Select((n, i) => (Name: n, Python: expected[i], Mine: AliasNames.Normalize(n))).Where(x => x.Python != x.Mine).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20).Select(w => $"{w.Name}: score.py '{w.Python}', here '{w.Mine}'")));
        Assert.True(names.Count > 1000, $"only {names.Count} names were compared");
    }

    [Fact]
    public void The_undirected_relations_equal_score_pys_symmetric_set()
    {
        var eval = SharedData.Require("eval");
        var script = $"import json, sys; sys.path.insert(0, {JsonSerializer.Serialize(eval)}); import score; print(json.dumps(sorted(score.SYMMETRIC)))";
        var symmetric = JsonSerializer.Deserialize<List<string>>(Python.Run("-c", script))!;
        Assert.Equal(symmetric, RelationTypes.All.Select(t => t.Id).Where(MatchingRules.IsUndirected).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("eval/dev")]
    [InlineData("eval/train")]
    public void Every_shared_gold_folder_passes_the_checks(string folder)
    {
        var corpus = GoldCorpus.Load(SharedData.Require(folder));
        Assert.NotEmpty(corpus.Documents);
        Assert.All(corpus.Documents.SelectMany(d => d.Claims.Select(c => (d, c))), x => Assert.Equal(x.c.EvidenceStart, x.d.Text.IndexOf(x.c.Evidence, StringComparison.Ordinal)));
    }
}
