using Entente.Cli.Framework;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;

namespace Entente.Cli.Commands;

/// <summary>
/// Prints the claims found in files without storing anything. Files are read and printed one at a
/// time; a file that cannot be read is reported on stderr and the others are still printed.
/// </summary>
public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";
    public string Summary => "print the claims found in files (nothing is stored)";
    public string Arguments => "FILE|DIR|GLOB...";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "table, json or jsonl (default table); json gives {document, claims} per file"),
        ExtractionSetup.Published,
        ExtractionSetup.MaxSize,
        ExtractionSetup.Model,
        ExtractionSetup.RulesOnly,
        ExtractionSetup.Threshold,
        new("explain", "after each file's claims, the N triples the relation model weighed most strongly, kept or not, with its scores (table output only)"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var format = Output.Format(args, OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl);
        var explain = args.Has("explain") ? args.GetInt("explain", 20) : 0;
        if (explain < 0) throw new UsageException("--explain takes a number of triples");
        if (explain > 0 && format != OutputFormat.Table) throw new UsageException("--explain prints a table; use it without --format");
        var reader = ExtractionSetup.Reader(args);
        var files = ExtractionSetup.Files(args);
        var (extractor, _) = await ExtractionSetup.ExtractorAsync(args, context);
        var printer = new ExtractPrinter(context.Out, format, files.Count);
        var failed = 0;
        foreach (var file in files)
        {
            ExtractionResult result;
            try
            {
                result = extractor.Extract(reader.Read(file));
            }
            catch (DocumentReadException e)
            {
                context.Err.WriteLine($"entente extract: {e.Message}");
                failed++;
                continue;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                context.Err.WriteLine($"entente extract: {ExtractorFailure.Describe(file, e)}");
                failed++;
                continue;
            }
            printer.Print(result);
            if (explain > 0) ExtractPrinter.Explain(context.Out, result, explain);
        }
        printer.Finish();
        if (failed > 0) context.Err.WriteLine($"entente extract: {failed} of {files.Count} file(s) could not be read");
        return failed > 0 ? 1 : 0;
    }
}
