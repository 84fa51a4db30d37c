using Entente.Cli.Framework;
using Entente.Extraction.Ingest;
using Entente.Ingest;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads, extracts and stores files one at a time. Each document is one transaction, and a document
/// whose content is already stored is skipped, so a re-run adds nothing. A file that cannot be read is
/// reported and the others are still stored; the exit code is then 1.
/// </summary>
public sealed class IngestCommand : ICliCommand
{
    public string Name => "ingest";
    public string Summary => "read files or directories, extract their claims and store them";
    public string Arguments => "FILE|DIR|GLOB...";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        ExtractionSetup.Published,
        ExtractionSetup.MaxSize,
        ExtractionSetup.DocTimeout,
        ExtractionSetup.Jobs,
        ProgressMeter.QuietOption,
        RunSummary.FormatOption,
        ReliabilityOption.Option,
        ReliabilityOption.Reason,
        AnalystName.Option,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = RunSummary.FormatOf(args);
        var started = context.Clock.GetTimestamp();
        var reliability = ReliabilityOption.Of(args);
        var given = reliability is { } r ? new GivenRating(r, AnalystName.Of(args, context), args.Get("reason")) : null;
        var reader = ExtractionSetup.Reader(args);
        var budget = ExtractionSetup.BudgetOf(args);
        var files = ExtractionSetup.Files(args);
        var (extractor, knowledge) = await ExtractionSetup.ExtractorAsync(args, context);
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var sink = new StoreSink(new DocumentIngest(store, knowledge), context.Clock.GetUtcNow(), given);
        var loop = new IngestLoop(reader, extractor, sink, ExtractionSetup.JobsOf(args), budget);
        IngestSummary summary;
        try
        {
            using var progress = context.Progress(args, "entente ingest", "documents", files.Count);
            summary = await loop.RunAsync(files, outcome =>
            {
                if (outcome.Status == IngestStatus.Failed) progress.Say($"entente ingest: {outcome.Error}");
                progress.Advance();
            });
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new CliException($"{store.Description}: {e.Message}");
        }
        IngestSummaryWriter.Write(context, format, summary, files.Count, context.Clock.GetElapsedTime(started));
        return summary.Failed > 0 ? 1 : 0;
    }
}
