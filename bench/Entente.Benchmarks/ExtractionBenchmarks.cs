using System.Text;
using BenchmarkDotNet.Attributes;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Benchmarks;

/// <summary>
/// End-to-end extraction throughput on one core (target: 5 MB/s of text). The corpus is the seed article
/// when ../shared is present, else a built-in paragraph, repeated to about 1 MB.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Document _document = null!;

    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ExtractionPipeline.CreateDefault(KnowledgeBase.Load());
        var seed = FindSeed();
        var paragraph = seed is not null ? File.ReadAllText(seed)
            : "Iran has reportedly provided hundreds of drones to Russia since 2022. North Korea shipped artillery shells to Moscow in late 2023, "
              + "according to South Korean officials. The Houthis, a proxy of Iran, attacked ships in the Red Sea.\n";
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000) sb.Append(paragraph).Append('\n');
        _document = Document.FromText(sb.ToString(), new DocumentMetadata { Published = new DateOnly(2022, 12, 1) });
        Bytes = Encoding.UTF8.GetByteCount(_document.Text);
    }

    /// <summary>Divide the document size (about 1 MB) by the mean time to get MB/s.</summary>
    [Benchmark]
    public int ExtractOneMegabyte() => _pipeline.Extract(_document).Claims.Count;

    private static string? FindSeed()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) dir = dir.Parent;
        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "eval", "seed", "article.txt");
        return path is not null && File.Exists(path) ? path : null;
    }
}
