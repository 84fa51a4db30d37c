using Entente.Cli.Framework;
using Entente.Interchange.Importing;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary>
/// entente import FORMAT FILE…: reads data sets analysts already use into the store, one transaction per
/// file. Bad rows are reported as file:line: reason and skipped, unless --strict, which stores nothing
/// from a file with any bad row. A file that yields nothing is an error unless --allow-empty. --dry-run says what
/// would change and writes nothing.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    public string Name => "import";
    public string Summary => "import data sets: " + string.Join(", ", ImportFormats.All().Select(f => f.Name));
    public string Arguments => "FORMAT FILE...";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Flag("dry-run", "report what would change (new source, new and existing claims, new entities) without writing"),
        OptionSpec.Flag("strict", "stop at the first bad row and store nothing from that file"),
        OptionSpec.Flag("allow-empty", "store a file that yields no claim and no entity (by default that is an error: nothing is stored, exit 1)"),
        new("kb", "an extra knowledge-base file layered over the shipped one", Repeatable: true),
        new("released", "the data set's release date (YYYY-MM-DD), kept as its publication date"),
        ReliabilityOption.Option,
        ReliabilityOption.Reason,
        AnalystName.Option,
        ProgressMeter.QuietOption,
        RunSummary.FormatOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var output = RunSummary.FormatOf(args);
        var started = context.Clock.GetTimestamp();
        var name = args.Require(0, "FORMAT (" + string.Join(", ", ImportFormats.All().Select(f => f.Name)) + ")");
        var format = ImportFormats.Find(name)
            ?? throw new UsageException($"unknown format '{name}': use one of {string.Join(", ", ImportFormats.All().Select(f => f.Name))}");
        var files = args.Positional.Skip(1).ToList();
        if (files.Count == 0) throw new UsageException("missing FILE");
        foreach (var f in files)
            if (Core.Files.ReadableFile.Problem(f) is { } problem) throw new CliException($"{f}: {problem}; nothing was imported");
        KnowledgeBase kb;
        try
        {
            kb = KnowledgeBase.Load(args.GetAll("kb"));
        }
        catch (Exception e) when (e is KnowledgeException or KnowledgeValidationException)
        {
            throw new CliException(e.Message);
        }
        var reliability = ReliabilityOption.Of(args);
        var options = new ImportOptions(DryRun: args.Has("dry-run"), Strict: args.Has("strict"), AllowEmpty: args.Has("allow-empty"))
        {
            At = context.Clock.GetUtcNow(),
            Released = args.GetDate("released"),
            Reliability = reliability,
            Analyst = reliability is null ? "analyst" : AnalystName.Of(args, context),
            Reason = args.Get("reason"),
        };
        await using var store = await context.OpenOrCreateStoreAsync(args);
        var runs = new List<(string File, ImportReport Report)>();
        using (var progress = context.Progress(args, "entente import", "rows", null))
        {
            foreach (var file in files)
            {
                var report = await RunOneAsync(new ImportRunner(kb, store, new ImportProgress(progress, file)), format, file, options);
                if (output == OutputFormat.Table) ImportReportWriter.Write(context, file, report);
                ImportReportWriter.WriteProblems(progress, file, report);
                runs.Add((file, report));
            }
        }
        if (output == OutputFormat.Json) ImportReportWriter.ToJson(runs, options.DryRun, context.Clock.GetElapsedTime(started)).WriteJson(context.Out);
        return runs.Any(r => r.Report.Failed) ? 1 : 0;
    }

    /// <summary>One file's import; a failure names the file, so a run over many says which one stopped it.</summary>
    private static async Task<ImportReport> RunOneAsync(ImportRunner runner, ImportFormat format, string file, ImportOptions options)
    {
        try
        {
            return await runner.RunAsync(format, file, options);
        }
        catch (Storage.StoreException e)
        {
            throw new CliException($"{file}: {e.Message}", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            throw new CliException($"{file}: cannot be imported ({e.GetType().Name}: {e.Message}); nothing from it was stored", e);
        }
    }
}
