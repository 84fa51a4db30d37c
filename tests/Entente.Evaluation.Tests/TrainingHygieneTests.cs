using Entente.TestSupport;

namespace Entente.Evaluation.Tests;

/// <summary>
/// Dev texts stand for text nobody has seen: no run of 12 words of a dev text may appear in a training text
/// (../shared/eval/train and the repo's corpus/). A shared run that was looked at and is not the same
/// document (a news agency's stock sentence in two different reports) is listed, by its hash and never its
/// words, in ReviewedOverlaps.tsv; any other fails the test with both file names and the words.
/// </summary>
public sealed class TrainingHygieneTests(ITestOutputHelper output)
{
    [Fact]
    public void No_dev_text_shares_a_run_of_twelve_words_with_a_training_text()
    {
        var dev = SharedData.Require("eval/dev");
        var runs = new SharedWordRuns(Texts(dev).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        var training = Texts(SharedData.Require("eval/train")).ToList();
        var corpus = Path.Combine(SharedData.RepoRoot, "corpus");
        if (Directory.Exists(corpus)) training.AddRange(Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        else output.WriteLine("corpus/ is not in the repository yet: only ../shared/eval/train was checked");
        var reviewed = ReviewedOverlaps();

        var shared = training.SelectMany(f => runs.In(Path.GetRelativePath(Path.GetDirectoryName(dev)!, f), File.ReadAllText(f))).ToList();

        foreach (var run in shared.Where(r => reviewed.Contains(Key(r))))
            output.WriteLine($"reviewed: {run.HeldOutFile} and {run.TrainingFile} share {run.Words} words (stock wording, different documents)");
        var unreviewed = shared.Where(r => !reviewed.Contains(Key(r))).ToList();
        Assert.True(unreviewed.Count == 0, $"{unreviewed.Count} training text(s) repeat dev text:\n"
            + string.Join("\n", unreviewed.Select(r => $"{r.TrainingFile} repeats {r.Words} words of dev/{r.HeldOutFile} (hash {r.Hash}): \"{r.Text}\"")));
        Assert.True(training.Count >= 100, $"only {training.Count} training texts were found");
    }

    private static IEnumerable<string> Texts(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal);

    private static string Key(SharedRun r) => $"{r.HeldOutFile}\t{Path.GetFileName(r.TrainingFile)}\t{r.Hash}";

    /// <summary>Lines of ReviewedOverlaps.tsv: dev file, training file, hash of the shared words, why it is not a leak.</summary>
    private static HashSet<string> ReviewedOverlaps()
    {
        var file = Path.Combine(SharedData.RepoRoot, "tests", "Entente.Evaluation.Tests", "ReviewedOverlaps.tsv");
        return File.ReadLines(file)
            .Select((line, i) => (Line: i + 1, Columns: line.Split('\t')))
            .Where(l => l.Columns[0].Length > 0 && !l.Columns[0].StartsWith('#'))
            .Select(l => l.Columns.Length == 4 ? string.Join('\t', l.Columns[..3]) : throw new FormatException($"{file}:{l.Line}: expected dev file, training file, hash and reason"))
            .ToHashSet(StringComparer.Ordinal);
    }
}
