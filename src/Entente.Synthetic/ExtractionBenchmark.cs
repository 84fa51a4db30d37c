using System.Diagnostics;
using System.Runtime;
using Entente.Extraction.Documents;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;

namespace Entente.Synthetic;

/// <summary>What the measured pass of <see cref="ExtractionBenchmark"/> saw: the corpus, the time each step took, the
/// process's CPU time and memory, and how much the runtime still compiled while measuring.</summary>
public sealed record ExtractionMeasurement(
    int Files, long Bytes, long Claims, long WarmedUp, TimeSpan Read, TimeSpan Extract, TimeSpan Serialize,
    double CpuSeconds, long PeakWorkingSet, double AllocatedPerByte, long CompiledMethods)
{
    /// <summary>Wall-clock seconds of reading, extracting and serializing together.</summary>
    public double Seconds => (Read + Extract + Serialize).TotalSeconds;
}

/// <summary>
/// Measures the whole extraction pipeline as a user meets it: read each file from disk, extract its claims and serialize
/// them to JSON, over a corpus generated from the sample reports (<see cref="SyntheticCorpus"/>). A warm-up
/// (<see cref="ExtractionWarmUp"/>) runs before the measured pass, so the figures are the steady state a long ingest sees
/// rather than the one-off cost of compiling the code (a warm-up of 0 bytes includes it). Precise figures come from the
/// BenchmarkDotNet suite in bench/; this is the quick check `entente bench extract` prints.
/// </summary>
public static class ExtractionBenchmark
{
    /// <param name="read">Reads a file of the generated corpus.</param>
    /// <param name="extract">Extracts a document's claims; the caller decides what a failure becomes.</param>
    public static ExtractionMeasurement Run(string samples, long corpusBytes, long warmupBytes, Func<string, Document> read, Func<Document, ExtractionResult> extract)
    {
        var dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var (files, bytes) = SyntheticCorpus.Write(samples, dir, corpusBytes);
            var warmedUp = ExtractionWarmUp.Run(file => extract(read(file)), files, warmupBytes);
            long claims = 0;
            var (reading, extracting, serializing) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var (allocatedBefore, jitBefore) = (GC.GetTotalAllocatedBytes(), JitInfo.GetCompiledMethodCount());
            foreach (var file in files)
            {
                reading.Start();
                var document = read(file);
                reading.Stop();
                extracting.Start();
                var result = extract(document);
                extracting.Stop();
                serializing.Start();
                ExtractionJsonWriter.WriteDocument(Stream.Null, result);
                serializing.Stop();
                claims += result.Claims.Count;
            }
            process.Refresh();
            // On a shared machine wall time measures the neighbours too; processor time measures this process.
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            return new ExtractionMeasurement(files.Count, bytes, claims, warmedUp, reading.Elapsed, extracting.Elapsed, serializing.Elapsed,
                cpuSeconds, process.PeakWorkingSet64, (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)bytes,
                JitInfo.GetCompiledMethodCount() - jitBefore);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        }
    }
}
