using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

public sealed class EvalCommandTests
{
    // A claim the extractor finds, and one no reading of the text gives: a certain miss.
    private const string Text = "Russia delivered S-300 systems to Iran in 2016. The weather in Moscow was cold.\n";

    private const string Claims = """
        [
          {"s": "russia", "r": "arms-transfer", "o": "iran", "years": [2016, 2016], "evidence": "Russia delivered S-300 systems to Iran"},
          {"s": "iran", "r": "occupation", "o": "moscow", "evidence": "The weather in Moscow was cold"}
        ]
        """;

    private static string GoldFolder(TempDir dir, int documents = 2)
    {
        var folder = Directory.CreateDirectory(dir.File("gold")).FullName;
        for (var i = 1; i <= documents; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"doc-{i}.txt"), Text);
            File.WriteAllText(Path.Combine(folder, $"doc-{i}.gold.json"), $$"""{"published": "2017-01-10", "claims": {{Claims}}}""");
        }
        File.WriteAllText(Path.Combine(folder, "aliases.json"), """{"russia": ["Russia"], "iran": ["Iran"], "moscow": ["Moscow"]}""");
        return folder;
    }

    [Fact]
    public async Task Eval_prints_the_totals_as_score_set_does_and_a_table_per_relation()
    {
        using var dir = new TempDir();
        var run = await CliHarness.RunAsync("eval", GoldFolder(dir), "--db", dir.File("none.db"));

        Assert.True(run.ExitCode == 0, run.Err);
        var lines = run.Out.Split('\n');
        var totals = Regex.Match(lines[0], @"^2 documents: P (\d\.\d{3}) R (\d\.\d{3}) F1 (\d\.\d{3})  certainty \S+  time \S+  \(tp (\d+) fp (\d+) fn (\d+)\)$");
        Assert.True(totals.Success, lines[0]);
        Assert.Equal(4, int.Parse(totals.Groups[4].Value) + int.Parse(totals.Groups[6].Value));
        Assert.StartsWith("gold 4  predicted ", lines[1]);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^occupation +2 +0 +0 +2 +0\.000 +0\.000 +0\.000$"));
        Assert.Contains(lines, l => l.StartsWith("arms-transfer ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("total ", StringComparison.Ordinal));
        // The certainty confusion: the two asserted arms transfers, found and given asserted.
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^gold +asserted +likely +reported +alleged +possible +denied +false +right$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^asserted +2 +0 +0 +0 +0 +0 +0 +2/2$"));
        Assert.Empty((await CliHarness.RunAsync("eval", dir.File("gold"), "--quiet", "--db", dir.File("none.db"))).Err);
    }

    [Fact]
    public async Task Verbose_lists_each_miss_with_its_sentence()
    {
        using var dir = new TempDir();
        var run = await CliHarness.RunAsync("eval", GoldFolder(dir, 1), "--verbose", "--db", dir.File("none.db"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("doc-1  P ", run.Out);
        Assert.Contains("    miss: iran occupation moscow\n        \"The weather in Moscow was cold.\"\n", run.Out);
        Assert.Empty(run.Err);
    }

    [Fact]
    public async Task Verbose_shows_where_a_wrong_certainty_came_from()
    {
        using var dir = new TempDir();
        var folder = GoldFolder(dir, 1);
        var gold = Path.Combine(folder, "doc-1.gold.json");
        File.WriteAllText(gold, File.ReadAllText(gold).Replace("\"years\"", "\"cert\": \"denied\", \"years\"", StringComparison.Ordinal));

        var run = await CliHarness.RunAsync("eval", folder, "--verbose", "--db", dir.File("none.db"));

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("    wrong certainty: russia arms-transfer iran: wanted denied, got asserted\n", run.Out);
        Assert.Matches(@"\n        got asserted \([^)]+\): ""[^""]*Iran[^""]*""\n", run.Out);
        // The confusion row of the denial: predicted asserted, none right.
        Assert.Matches(@"\ndenied +1 +0 +0 +0 +0 +0 +0 +0/1\n", run.Out);
    }

    [Fact]
    public async Task Json_gives_totals_relations_and_documents_with_their_details()
    {
        using var dir = new TempDir();
        var folder = GoldFolder(dir);
        var run = await CliHarness.RunAsync("eval", folder, "--json", "--quiet", "--db", dir.File("none.db"));

        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(2, total.GetProperty("documents").GetInt32());
        Assert.Equal(4, total.GetProperty("gold").GetInt32());
        Assert.Equal(total.GetProperty("gold").GetInt32(), total.GetProperty("tp").GetInt32() + total.GetProperty("fn").GetInt32());
        Assert.Equal(folder, json.RootElement.GetProperty("gold_folder").GetString());
        Assert.Equal([Path.Combine(folder, "aliases.json")], json.RootElement.GetProperty("alias_files").EnumerateArray().Select(e => e.GetString()));
        var relations = json.RootElement.GetProperty("relations").EnumerateArray().ToList();
        Assert.Equal(total.GetProperty("fn").GetInt32(), relations.Sum(r => r.GetProperty("fn").GetInt32()));
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("doc-1", doc.GetProperty("name").GetString());
        var miss = doc.GetProperty("misses").EnumerateArray().Single(m => m.GetProperty("relation").GetString() == "occupation");
        Assert.Equal("The weather in Moscow was cold.", miss.GetProperty("sentence").GetString());
        Assert.Equal(3, miss.GetProperty("gold_line").GetInt32());
        // Each hit says how sure the relation model was of it and which rules also found it.
        var hit = doc.GetProperty("hits")[0];
        Assert.InRange(hit.GetProperty("model_score").GetDouble(), 0.0, 1.0);
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("model_rules").ValueKind);
        var asserted = Assert.Single(total.GetProperty("certainty_confusion").EnumerateArray());
        Assert.Equal("asserted", asserted.GetProperty("gold").GetString());
        Assert.Equal(total.GetProperty("certainty_scored").GetInt32(), asserted.GetProperty("scored").GetInt32());
        Assert.Equal(total.GetProperty("certainty_correct").GetInt32(), asserted.GetProperty("right").GetInt32());
        Assert.Equal(asserted.GetProperty("scored").GetInt32(), asserted.GetProperty("predicted").GetProperty("asserted").GetInt32());
    }

    [Fact]
    public async Task A_bad_gold_folder_is_refused_with_every_file_and_reason()
    {
        using var dir = new TempDir();
        var folder = GoldFolder(dir, 1);
        File.WriteAllText(Path.Combine(folder, "doc-1.gold.json"), """{"claims": [{"s": "russia", "r": "sells-to", "o": "iran", "evidence": "Russia sold"}]}""");
        File.WriteAllText(Path.Combine(folder, "doc-2.gold.json"), """{"claims": []}""");

        var run = await CliHarness.RunAsync("eval", folder, "--db", dir.File("none.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"entente eval: {folder} is refused, 3 problems:", run.Err);
        Assert.Contains($"{Path.Combine(folder, "doc-1.gold.json")} line 1: claim 1: relation 'sells-to' is not in the ontology", run.Err);
        Assert.Contains($"{Path.Combine(folder, "doc-1.gold.json")} line 1: claim 1: evidence is not in the text verbatim: \"Russia sold\"", run.Err);
        Assert.Contains($"{Path.Combine(folder, "doc-2.gold.json")}: its text doc-2.txt is missing", run.Err);

        using var other = new TempDir();
        var missingAliases = await CliHarness.RunAsync("eval", GoldFolder(other), "--aliases", dir.File("nowhere.json"), "--db", dir.File("none.db"));
        Assert.Equal(1, missingAliases.ExitCode);
        Assert.Contains($"entente eval: {dir.File("nowhere.json")}: no such alias file", missingAliases.Err);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval one two")]
    [InlineData("eval gold --format csv")]
    public async Task Naming_no_folder_or_two_or_an_unknown_option_is_a_usage_error(string words)
    {
        var run = await CliHarness.RunAsync(words.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: entente eval GOLD_DIR [options]", run.Err);
    }
}
