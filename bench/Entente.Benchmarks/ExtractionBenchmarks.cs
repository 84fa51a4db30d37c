using BenchmarkDotNet.Attributes;
using Entente.Extraction.Ingest;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Knowledge;
using Entente.Synthetic;

namespace Entente.Benchmarks;

/// <summary>
/// The whole extraction path over about 5 MB of the sample reports, copied into files: read from disk,
/// normalize, extract, serialize to JSON. Target: at least 5 MB/s on one core (MB/s = 5 / mean seconds).
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*ExtractionBenchmarks*'
/// </summary>
// Four warm-up iterations, not one: the runtime recompiles hot methods on a background thread for the first few seconds,
// and on a busy two-core machine the first two iterations still ran partly unoptimized code, doubling the mean.
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 4, iterationCount: 5)]
public class ExtractionBenchmarks
{
    private const long CorpusBytes = 5L * 1024 * 1024;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..12]);
    private IReadOnlyList<string> _files = [];
    private IClaimExtractor _extractor = null!;
    private readonly DocumentReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _extractor = ExtractionPipeline.CreateDefault(KnowledgeBase.Load());
        (_files, _) = SyntheticCorpus.Write(SamplesDirectory(), _dir, CorpusBytes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "read + extract + serialize, 5 MB")]
    public long ReadExtractSerialize()
    {
        long claims = 0;
        foreach (var file in _files)
        {
            var result = _extractor.Extract(_reader.Read(file));
            ExtractionJsonWriter.WriteDocument(Stream.Null, result);
            claims += result.Claims.Count;
        }
        return claims;
    }

    [Benchmark(Description = "read only (normalize, no extraction), 5 MB")]
    public long ReadOnly()
    {
        long chars = 0;
        foreach (var file in _files) chars += _reader.Read(file).Text.Length;
        return chars;
    }

    private static string SamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "corpus"))) dir = dir.Parent;
        return dir is null
            ? throw new DirectoryNotFoundException("samples/corpus not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "samples", "corpus");
    }
}
