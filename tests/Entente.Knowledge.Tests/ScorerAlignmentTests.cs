using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Knowledge.Tests;

/// <summary>The evaluation scorer's alias table and the knowledge base must name the same things.</summary>
public sealed class ScorerAlignmentTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    [Fact]
    public void Every_plain_name_in_the_scorer_alias_table_resolves_in_the_knowledge_base()
    {
        var path = SharedData.Require("eval/aliases.json");
        var table = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(path))!;
        // Possessives, parentheticals and quantified phrases are the extractor's business, not names.
        var missing = table.SelectMany(kv => kv.Value.Select(name => (kv.Key, name)))
            .Where(x => !x.name.Contains('(') && !x.name.Contains("'s", StringComparison.Ordinal) && !x.name.StartsWith("scores of", StringComparison.Ordinal))
            .Where(x => Kb.Resolve(x.name) is null)
            .Select(x => $"{x.Key}: {x.name}")
            .ToList();
        Assert.Empty(missing);
    }
}
