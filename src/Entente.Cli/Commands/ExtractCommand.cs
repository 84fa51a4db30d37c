using Entente.Cli.Framework;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;

namespace Entente.Cli.Commands;

/// <summary>
/// Prints the claims found in files without storing anything. Files are read and extracted on every core
/// (<c>--jobs</c>) and printed in the order given, as they are ready; a file that cannot be read is reported on
/// stderr and the others are still printed.
/// </summary>
public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";
    public string Summary => "print the claims found in files (nothing is stored)";
    public string Arguments => "FILE|DIR|GLOB...";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "table, json, jsonl or csv (default table); json gives {document, claims} per file, csv one claim per row"),
        ExtractionSetup.Published,
        ExtractionSetup.MaxSize,
        ExtractionSetup.Jobs,
        ExtractionSetup.Model,
        ExtractionSetup.RulesOnly,
        ExtractionSetup.Threshold,
        new("explain", "after each file's claims, the N triples the relation model weighed most strongly, kept or not, with its scores (table output only)"),
        ProgressMeter.QuietOption,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args, OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var explain = args.Has("explain") ? args.GetInt("explain", 20) : 0;
        if (explain < 0) throw new UsageException("--explain takes a number of triples");
        if (explain > 0 && format != OutputFormat.Table) throw new UsageException("--explain prints a table; use it without --format");
        var reader = ExtractionSetup.Reader(args);
        var files = ExtractionSetup.Files(args);
        var (extractor, _) = await ExtractionSetup.ExtractorAsync(args, context);
        var printer = new ExtractPrinter(context.Out, format, files.Count);
        var failed = 0;
        using (var progress = context.Progress(args, "entente extract", "files", files.Count))
        {
            await foreach (var (file, result, error) in OrderedParallel.Map(files, ExtractionSetup.JobsOf(args), f => Attempt(f, reader, extractor)))
            {
                progress.Advance();
                if (result is null)
                {
                    progress.Say($"entente extract: {error}");
                    failed++;
                    continue;
                }
                printer.Print(result);
                if (explain > 0) ExtractPrinter.Explain(context.Out, result, explain);
            }
        }
        printer.Finish();
        if (failed > 0) context.Err.WriteLine($"entente extract: {failed} of {files.Count} file(s) could not be read");
        return failed > 0 ? 1 : 0;
    }

    /// <summary>Reads and extracts one file; a failure is a message naming the file, so the other files still print.</summary>
    private static (string File, ExtractionResult? Result, string? Error) Attempt(string file, DocumentReader reader, IClaimExtractor extractor)
    {
        try
        {
            return (file, extractor.Extract(reader.Read(file)), null);
        }
        catch (DocumentReadException e)
        {
            return (file, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (file, null, ExtractorFailure.Describe(file, e));
        }
    }
}
