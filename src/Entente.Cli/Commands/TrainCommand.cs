using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Entente.Cli.Framework;
using Entente.Evaluation;
using Entente.Knowledge;
using Entente.Training.Model;

namespace Entente.Cli.Commands;

/// <summary>
/// Trains the relation model from gold folders and writes it as one JSON file; the same folders and options give
/// the same file. Its report is measured out of fold: every document scored by models that never saw it.
/// </summary>
public sealed class TrainCommand : ICliCommand
{
    public const string DefaultOutput = "relation-model.json";

    public string Name => "train";
    public string Summary => "train the relation model from folders of gold-annotated documents";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("corpus", "a gold folder (NAME.txt with NAME.gold.json) to train on (repeatable; at least one)", Repeatable: true),
        new("aliases", "an alias file {\"key\": [names]} for the gold keys, after each folder's own aliases.json (repeatable)", Repeatable: true),
        new("out", $"where to write the model (default {DefaultOutput}); the shipped one is src/Entente.Extraction/Models/relation-model.json"),
        new("config", "a JSON file of training options (folds, seed, pair and document tree sizes, floors); see docs/relation-model.md"),
        new("folds", "folds for out-of-fold training and the threshold (default 5)"),
        new("seed", "the boosting seed (default 1)"),
        OptionSpec.Flag("json", "print the report as JSON"),
        OptionSpec.Flag("quiet", "no progress lines on stderr"),
    ];

    public Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count > 0) throw new UsageException($"train takes no arguments (got '{args.Positional[0]}'); name folders with --corpus");
        var folders = args.GetAll("corpus");
        if (folders.Count == 0) throw new UsageException("name at least one gold folder with --corpus");
        // ML.NET builds code at run time (generic methods made by reflection, generated IL), which a CLI compiled to
        // native code ahead of time cannot run; every other command runs there.
        if (!RuntimeFeature.IsDynamicCodeSupported)
            throw new CliException("train needs ML.NET, which generates code at run time, and this entente is compiled to native code "
                + "(the release build): run it with `dotnet run -c Release --project src/Entente.Cli -- train …` instead");
        var options = new TrainingOptions();
        if (args.Get("config") is { } config)
        {
            try
            {
                options = TrainingOptions.FromJson(File.ReadAllText(config), config);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new CliException(e is FormatException ? e.Message : $"{config}: {e.Message}");
            }
        }
        options = options with { Folds = args.GetInt("folds", options.Folds), Seed = args.GetInt("seed", options.Seed) };
        if (options.Folds < 2) throw new UsageException("--folds must be at least 2");
        var output = args.Get("out") ?? DefaultOutput;
        var progress = new Progress(context, args.Has("quiet"));

        var extras = args.GetAll("aliases");
        foreach (var extra in extras)
            if (!File.Exists(extra)) throw new CliException($"{extra}: no such alias file");
        var folderTables = new List<(GoldCorpus, AliasTable)>();
        foreach (var folder in folders)
        {
            try
            {
                // Each folder is read with the --aliases tables and then its own aliases.json (which wins): never with its
                // sibling folders' tables, so a dev set's names never feed training.
                var own = Path.Combine(folder, AliasFiles.FileName);
                folderTables.Add((GoldCorpus.Load(folder), AliasTable.Load(File.Exists(own) ? [.. extras, own] : extras)));
            }
            catch (GoldFormatException e)
            {
                throw new CliException(e.Problems.Count == 1 ? e.Message : $"{folder} is refused, {e.Problems.Count} problems:\n  " + string.Join("\n  ", e.Problems));
            }
        }
        var kb = KnowledgeBase.Load();
        var corpus = TrainingCorpus.Read(folderTables, kb, progress);
        if (corpus.Documents.Count < options.Folds)
            throw new CliException($"{corpus.Documents.Count} documents are too few to split into {options.Folds} folds");
        var result = new RelationModelTrainer(kb, options).Train(corpus, progress);

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null) Directory.CreateDirectory(directory);
        var temporary = output + ".tmp";
        using (var stream = File.Create(temporary)) result.Model.Write(stream);
        File.Move(temporary, output, overwrite: true);
        if (args.Has("json")) PrintJson(context, result, output);
        else Print(context, result, output);
        return Task.FromResult(0);
    }

    private static void Print(CliContext context, TrainingResult result, string output)
    {
        var r = result.Report;
        var w = context.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model {result.Model.Version} written to {output}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Documents} documents, {r.RequiredTriples} required triples ({r.ReachableTriples} with both parties in one sentence the gold names), {r.Candidates} candidates ({r.PositiveCandidates} positive)"));
        w.WriteLine("out of fold (every document scored by models trained without it):");
        w.WriteLine(Line("  the hand-written rules alone", r.RulesOnly));
        w.WriteLine(Line("  pair model alone, best F1", r.PairOnly));
        w.WriteLine(Line("  with the document model, best F1", r.BestF1));
        w.WriteLine(Line("  with the document model", r.Chosen) + "  <- the model's threshold");
        w.WriteLine("  threshold   precision  recall  F1");
        foreach (var m in r.Sweep.Where(m => Math.Round(m.Threshold * 100) % 10 == 0))
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Threshold,9:F2}   {m.Precision,9:F3}  {m.Recall,6:F3}  {m.F1:F3}"));
        w.WriteLine("per relation, out of fold at the model's threshold (reachable: some candidate pairs the gold's parties in the gold's sentence):");
        w.WriteLine("  relation              required  reachable  tp    fp    P      R      F1");
        foreach (var (relation, reachable, m) in r.PerRelation)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {relation,-20}  {m.Required,8}  {reachable,9}  {m.TruePositives,-4}  {m.FalsePositives,-4}  {m.Precision:F3}  {m.Recall:F3}  {m.F1:F3}"));
    }

    private static string Line(string label, TripleMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"{label}: P {m.Precision:F3} R {m.Recall:F3} F1 {m.F1:F3} at threshold {m.Threshold:F2} (tp {m.TruePositives} fp {m.FalsePositives} of {m.Required})");

    private static void PrintJson(CliContext context, TrainingResult result, string output)
    {
        static object Metrics(TripleMetrics m) => new { threshold = m.Threshold, precision = Math.Round(m.Precision, 3), recall = Math.Round(m.Recall, 3), f1 = Math.Round(m.F1, 3), tp = m.TruePositives, fp = m.FalsePositives, required = m.Required };
        var r = result.Report;
        context.Out.WriteLine(JsonSerializer.Serialize(new
        {
            model = result.Model.Version,
            output,
            documents = r.Documents,
            required_triples = r.RequiredTriples,
            reachable_triples = r.ReachableTriples,
            candidates = r.Candidates,
            positive_candidates = r.PositiveCandidates,
            rules_only = Metrics(r.RulesOnly),
            pair_only = Metrics(r.PairOnly),
            best_f1 = Metrics(r.BestF1),
            chosen = Metrics(r.Chosen),
            sweep = r.Sweep.Select(Metrics),
            per_relation = r.PerRelation.Select(m => new
            {
                relation = m.Relation,
                required = m.Scores.Required,
                reachable = m.Reachable,
                tp = m.Scores.TruePositives,
                fp = m.Scores.FalsePositives,
                precision = Math.Round(m.Scores.Precision, 3),
                recall = Math.Round(m.Scores.Recall, 3),
                f1 = Math.Round(m.Scores.F1, 3),
            }),
        }, new JsonSerializerOptions { WriteIndented = true }));
    }

    private sealed class Progress(CliContext context, bool quiet) : IProgress<string>
    {
        public void Report(string value)
        {
            if (!quiet) context.Err.WriteLine("entente train: " + value);
        }
    }
}
