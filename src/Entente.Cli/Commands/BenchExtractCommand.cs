using System.Globalization;
using Entente.Cli.Framework;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Synthetic;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente bench extract`: the extraction benchmark (<see cref="ExtractionBenchmark"/>, read + extract + serialize over
/// a corpus generated from the sample reports, after a warm-up) run on the pipeline the options ask for, printed as
/// MB/s, where the time went and memory. The harness lives with the synthetic data, out of the shipped pipeline.
/// </summary>
public sealed class BenchExtractCommand : ICliCommand
{
    public string Name => "bench extract";
    public string Summary => "measure read + extract + serialize speed (MB/s) on a generated corpus";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("mb", "size of the generated corpus in MB (default 10)"),
        new("samples", "directory of sample documents to repeat (default samples/corpus)"),
        new("warmup", "MB of the corpus to process before measuring, so the code is compiled (default 5, longer while the runtime is still compiling; 0 measures a cold start)"),
        OptionSpec.Flag("rules-only", "measure the pipeline without the relation model (the hand-written rules alone), to see what the model costs"),
    ];

    private static string Share(TimeSpan part, double total) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.TotalSeconds:0.00} s ({100 * part.TotalSeconds / total:0}%)");

    /// <summary>A crash in the extractor ends the benchmark with the file and the cause, not a stack dump.</summary>
    private static ExtractionResult Extract(IClaimExtractor extractor, Document document)
    {
        try
        {
            return extractor.Extract(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CliException(ExtractorFailure.Describe(document.Origin, e));
        }
    }

    public Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var mb = args.GetInt("mb", 10);
        if (mb <= 0) throw new UsageException("--mb must be a positive whole number");
        var warmup = args.GetInt("warmup", 5);
        if (warmup < 0) throw new UsageException("--warmup must be zero or a positive whole number");
        var samples = args.Get("samples") ?? Path.Combine("samples", "corpus");
        if (!Directory.Exists(samples)) throw new CliException($"{samples}: no such directory; give the sample reports with --samples DIR");
        var kb = KnowledgeLoader.Shipped();
        var rulesOnly = args.Has("rules-only");
        var extractor = rulesOnly ? new ExtractionPipelineBuilder(kb).UseRulesOnly().Build() : ExtractionPipeline.CreateDefault(kb);
        var reader = new DocumentReader();
        ExtractionMeasurement m;
        try
        {
            m = ExtractionBenchmark.Run(samples, mb * 1024L * 1024L, warmup * 1024L * 1024L, file => reader.Read(file), document => Extract(extractor, document));
        }
        catch (DocumentReadException e)
        {
            throw new CliException(e.Message);
        }
        var seconds = m.Seconds;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read + extract + serialize{(rulesOnly ? " (rules only)" : "")}: {m.Bytes / 1048576.0:0.0} MB in {m.Files} files, {m.Claims} claims, {seconds:0.00} s (after a {m.WarmedUp / 1048576.0:0.0} MB warm-up)"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {m.Bytes / 1048576.0 / seconds:0.00} MB/s wall clock, {m.Bytes / 1048576.0 / m.CpuSeconds:0.00} MB/s per CPU second ({m.CpuSeconds:0.00} s of CPU); peak working set {m.PeakWorkingSet / 1048576.0:0} MB"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time spent: read {Share(m.Read, seconds)}, extract {Share(m.Extract, seconds)}, serialize {Share(m.Serialize, seconds)}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: {m.AllocatedPerByte:0} bytes allocated per input byte; {m.CompiledMethods} methods compiled while measuring"));
        return Task.FromResult(0);
    }
}
