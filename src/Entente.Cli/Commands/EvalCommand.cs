using Entente.Cli.Framework;
using Entente.Evaluation;

namespace Entente.Cli.Commands;

/// <summary>
/// Extracts every document of a gold folder with the standard pipeline, giving each its gold publication date,
/// and scores the claims against the gold with score.py's matching. A folder with any bad file is refused
/// before anything is extracted.
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public string Name => "eval";
    public string Summary => "score extraction against a folder of gold-annotated documents (NAME.txt with NAME.gold.json)";
    public string Arguments => "GOLD_DIR";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("aliases", "another alias file {\"key\": [names]} after the folder's own (repeatable)", Repeatable: true),
        OptionSpec.Flag("verbose", "list every miss, false positive, wrong certainty and wrong time with its sentence"),
        OptionSpec.Flag("json", "print one JSON object: totals, relations, documents with their details"),
        ProgressMeter.QuietOption,
        ExtractionSetup.Model,
        ExtractionSetup.RulesOnly,
        ExtractionSetup.Threshold,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count != 1) throw new UsageException("name one gold folder");
        var folder = args.Positional[0];
        GoldCorpus corpus;
        try
        {
            corpus = GoldCorpus.Load(folder, args.GetAll("aliases"));
        }
        catch (GoldFormatException e)
        {
            throw new CliException(e.Problems.Count == 1
                ? e.Message
                : $"{folder} is refused, {e.Problems.Count} problems:\n  " + string.Join("\n  ", e.Problems));
        }
        var (extractor, _) = await ExtractionSetup.ExtractorAsync(args, context);
        EvaluationReport report;
        try
        {
            using var progress = context.Progress(args, "entente eval", "documents", corpus.Documents.Count);
            report = new CorpusEvaluator(extractor).Evaluate(corpus, _ => progress.Advance());
        }
        catch (EvaluationException e)
        {
            throw new CliException(e.Message);
        }
        if (args.Has("json")) context.Out.WriteLine(EvaluationJson.ToJson(report, folder));
        else EvalPrinter.Print(context.Out, report, args.Has("verbose"));
        return 0;
    }
}
