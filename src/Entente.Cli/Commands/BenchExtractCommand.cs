using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Entente.Cli.Framework;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingest;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Synthetic;

namespace Entente.Cli.Commands;

/// <summary>
/// Measures the whole extraction pipeline as a user meets it: read each file from disk, extract its
/// claims and serialize them to JSON, over a corpus generated from the sample reports. Prints MB/s and
/// the peak working set. Precise figures come from the BenchmarkDotNet suite; this is the quick check.
/// A warm-up (<see cref="BenchWarmUp"/>) runs before the measured pass, so the figures are the steady state
/// a long ingest sees rather than the one-off cost of compiling the code (which --warmup 0 includes).
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

    private static string Share(Stopwatch part, double total) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.Elapsed.TotalSeconds:0.00} s ({100 * part.Elapsed.TotalSeconds / total:0}%)");

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
        var dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var (files, bytes) = SyntheticCorpus.Write(samples, dir, mb * 1024L * 1024L);
            var warmedUp = BenchWarmUp.Run(file => Extract(extractor, reader.Read(file)), files, warmup * 1024L * 1024L);
            long claims = 0;
            var (read, extract, serialize) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var (allocatedBefore, jitBefore) = (GC.GetTotalAllocatedBytes(), JitInfo.GetCompiledMethodCount());
            foreach (var file in files)
            {
                read.Start();
                var document = reader.Read(file);
                read.Stop();
                extract.Start();
                var result = Extract(extractor, document);
                extract.Stop();
                serialize.Start();
                ExtractionJsonWriter.WriteDocument(Stream.Null, result);
                serialize.Stop();
                claims += result.Claims.Count;
            }
            var seconds = (read.Elapsed + extract.Elapsed + serialize.Elapsed).TotalSeconds;
            process.Refresh();
            // On a shared machine wall time measures the neighbours too; processor time measures this process.
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var peak = process.PeakWorkingSet64;
            var perByte = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)bytes;
            var compiled = JitInfo.GetCompiledMethodCount() - jitBefore;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read + extract + serialize{(rulesOnly ? " (rules only)" : "")}: {bytes / 1048576.0:0.0} MB in {files.Count} files, {claims} claims, {seconds:0.00} s (after a {warmedUp / 1048576.0:0.0} MB warm-up)"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput: {bytes / 1048576.0 / seconds:0.00} MB/s wall clock, {bytes / 1048576.0 / cpuSeconds:0.00} MB/s per CPU second ({cpuSeconds:0.00} s of CPU); peak working set {peak / 1048576.0:0} MB"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time spent: read {Share(read, seconds)}, extract {Share(extract, seconds)}, serialize {Share(serialize, seconds)}"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: {perByte:0} bytes allocated per input byte; {compiled} methods compiled while measuring"));
            return Task.FromResult(0);
        }
        catch (DocumentReadException e)
        {
            throw new CliException(e.Message);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        }
    }
}
