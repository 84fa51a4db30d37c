using System.Text.Json;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Sentences;
using Entente.Knowledge;
using Entente.TestSupport;

namespace Entente.Evaluation.Tests;

/// <summary>
/// The C# scorer against the team's Python scorer on the real dev set (../shared/eval/dev): the default pipeline's
/// predictions are written as `entente extract --format json` writes them, score_set.py scores that folder, and
/// every count, miss and false positive must be the same as here. Skips in a fresh clone without ../shared.
/// </summary>
public sealed class DevSetParityTests(ITestOutputHelper output)
{
    [Fact]
    public void The_totals_and_every_documents_counts_equal_score_set_py()
    {
        var devFolder = SharedData.Require("eval/dev");
        var scoreSet = SharedData.Require("eval/score_set.py");
        var corpus = GoldCorpus.Load(devFolder);
        var extractor = ExtractionPipeline.CreateDefault(KnowledgeBase.Load());
        using var predictions = new TempDir();
        var scores = new List<DocumentScore>();
        foreach (var gold in corpus.Documents)
        {
            var result = extractor.Extract(CorpusEvaluator.Read(gold));
            using (var stream = File.Create(predictions.File(gold.Name + ".json"))) ExtractionJsonWriter.WriteDocument(stream, result);
            scores.Add(GoldScorer.Score(gold, result.Claims, corpus.Aliases, new SentenceSplitter(new Abbreviations()), result.Document.Text));
        }

        using var python = JsonDocument.Parse(Python.Run(scoreSet, predictions.Path, "--gold", devFolder, "--json"));
        var pythonDocuments = python.RootElement.GetProperty("documents");
        var pythonTotal = python.RootElement.GetProperty("total");
        var mine = new EvaluationReport(scores, corpus.Aliases.Files).Totals;
        output.WriteLine($"C#: tp {mine.Tp} fp {mine.Fp} fn {mine.Fn} certainty {mine.CertaintyCorrect}/{mine.CertaintyScored} time {mine.TimeCorrect}/{mine.TimeScored}");
        output.WriteLine($"score_set.py: {pythonTotal.GetRawText()}");

        Assert.Equal(corpus.Documents.Count, pythonTotal.GetProperty("documents").GetInt32());
        Assert.Equal((pythonTotal.GetProperty("tp").GetInt32(), pythonTotal.GetProperty("fp").GetInt32(), pythonTotal.GetProperty("fn").GetInt32()), (mine.Tp, mine.Fp, mine.Fn));
        foreach (var score in scores)
        {
            var py = pythonDocuments.GetProperty(score.Name);
            int Count(string name) => py.GetProperty(name).GetInt32();
            var c = score.Counts;
            Assert.True(
                (Count("tp"), Count("fp"), Count("fn"), Count("predicted_triples"), Count("certainty_scored"), Count("certainty_correct"), Count("time_scored"), Count("time_correct"))
                == (c.Tp, c.Fp, c.Fn, c.PredictedTriples, c.CertaintyScored, c.CertaintyCorrect, c.TimeScored, c.TimeCorrect),
                $"{score.Name}: score.py {py.GetRawText()}");
            Assert.Equal(Strings(py, "misses"), score.Misses.Select(m => m.Triple.ToString()));
            Assert.Equal(Strings(py, "false_positives"), score.FalsePositives.Select(f => f.Triple.ToString()));
            Assert.Equal(Strings(py, "wrong_certainty").Select(Triple), score.WrongCertainty.Select(w => w.Triple.ToString()));
            Assert.Equal(Strings(py, "wrong_time").Select(Triple), score.WrongTime.Select(w => w.Triple.ToString()));
        }

        // The evaluator the CLI runs gives the same totals as scoring the predictions one by one.
        Assert.Equal(mine, new CorpusEvaluator(extractor).Evaluate(corpus).Totals);
    }

    private static List<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();

    /// <summary>"s r o: wanted …, got …" to "s r o".</summary>
    private static string Triple(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)];
}
