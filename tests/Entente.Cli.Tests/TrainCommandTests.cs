using System.Text.Json;
using Entente.Extraction.Relations.Model;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>entente train and the relation-model options of extract and eval: what they write, print and refuse.</summary>
public sealed class TrainCommandTests
{
    /// <summary>A gold folder of the repository's own corpus (first documents by name) with its alias table.</summary>
    private static string OwnCorpus(TempDir dir, int documents)
    {
        var folder = Directory.CreateDirectory(dir.File("corpus")).FullName;
        var source = Path.Combine(SharedData.RepoRoot, "corpus");
        foreach (var gold in Directory.GetFiles(source, "*.gold.json").Order(StringComparer.Ordinal).Take(documents))
        {
            var name = Path.GetFileName(gold)[..^".gold.json".Length];
            File.Copy(gold, Path.Combine(folder, name + ".gold.json"));
            File.Copy(Path.Combine(source, name + ".txt"), Path.Combine(folder, name + ".txt"));
        }
        File.Copy(Path.Combine(source, "aliases.json"), Path.Combine(folder, "aliases.json"));
        return folder;
    }

    private static string QuickConfig(TempDir dir)
    {
        var path = dir.File("quick.json");
        File.WriteAllText(path, """{"folds": 3, "pair": {"trees": 30, "leaves": 15, "learning_rate": 0.1, "minimum_leaf": 10}, "document": {"trees": 20, "leaves": 7, "learning_rate": 0.1, "minimum_leaf": 10}}""");
        return path;
    }

    [Fact]
    public async Task Train_writes_a_model_that_extract_and_eval_use_and_reports_what_it_measured()
    {
        using var dir = new TempDir();
        var corpus = OwnCorpus(dir, 30);
        var output = dir.File("model.json");
        var run = await CliHarness.RunAsync("train", "--corpus", corpus, "--config", QuickConfig(dir), "--out", output, "--json", "--quiet");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Empty(run.Err);
        using var report = JsonDocument.Parse(run.Out);
        var version = report.RootElement.GetProperty("model").GetString()!;
        Assert.Equal(30, report.RootElement.GetProperty("documents").GetInt32());
        Assert.InRange(report.RootElement.GetProperty("chosen").GetProperty("precision").GetDouble(), 0, 1);
        using (var file = File.OpenRead(output)) Assert.Equal(version, RelationModel.Read(file, output).Version);

        var text = dir.File("note.txt");
        File.WriteAllText(text, "Iran supplied drones to Russia in 2022, officials said.\n");
        var extracted = await CliHarness.RunAsync("extract", text, "--model", output, "--threshold", "0", "--format", "json", "--db", dir.File("none.db"));
        Assert.True(extracted.ExitCode == 0, extracted.Err);
        Assert.Contains($"\"version\":\"{version}\"", extracted.Out, StringComparison.Ordinal);
        var explained = await CliHarness.RunAsync("extract", text, "--model", output, "--explain", "5", "--db", dir.File("none.db"));
        Assert.Contains("relation model: probability (pair score), kept, triple", explained.Out, StringComparison.Ordinal);
        var evaluated = await CliHarness.RunAsync("eval", corpus, "--model", output, "--quiet", "--db", dir.File("none.db"));
        Assert.True(evaluated.ExitCode == 0, evaluated.Err);
        Assert.StartsWith("30 documents: P ", evaluated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        using var dir = new TempDir();
        Assert.Equal(2, (await CliHarness.RunAsync("train")).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("train", "--corpus", dir.Path, "--folds", "1")).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("train", "extra", "--corpus", dir.Path)).ExitCode);
        var text = dir.File("t.txt");
        File.WriteAllText(text, "Iran armed Hezbollah.");
        Assert.Equal(2, (await CliHarness.RunAsync("extract", text, "--threshold", "2", "--db", dir.File("none.db"))).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("extract", text, "--rules-only", "--model", text, "--db", dir.File("none.db"))).ExitCode);
        Assert.Equal(2, (await CliHarness.RunAsync("extract", text, "--explain", "5", "--format", "json", "--db", dir.File("none.db"))).ExitCode);
    }

    [Fact]
    public async Task A_bad_gold_folder_is_refused_with_the_file_and_reason_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var corpus = OwnCorpus(dir, 6);
        var broken = Directory.GetFiles(corpus, "*.gold.json").Order(StringComparer.Ordinal).First();
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("\"r\": \"", "\"r\": \"made-up-", StringComparison.Ordinal));
        var output = dir.File("model.json");
        var run = await CliHarness.RunAsync("train", "--corpus", corpus, "--out", output, "--quiet");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.GetFileName(broken), run.Err, StringComparison.Ordinal);
        Assert.Contains("made-up-", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_damaged_model_file_is_refused_with_its_name()
    {
        using var dir = new TempDir();
        var model = dir.File("model.json");
        File.WriteAllText(model, "{\"format\": \"entente-relation-model/1\", \"trees\": [");
        var text = dir.File("t.txt");
        File.WriteAllText(text, "Iran armed Hezbollah.");
        var run = await CliHarness.RunAsync("extract", text, "--model", model, "--db", dir.File("none.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(model, run.Err, StringComparison.Ordinal);
    }
}
