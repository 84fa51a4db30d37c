namespace Entente.Embeddings;

/// <summary>Prints the speed of embedding a folder's sentences, per run and the median by CPU time.</summary>
public static class SpeedCommand
{
    public static int Run(CommandLineOptions options)
    {
        if (options.Positional.Count != 1 || !Directory.Exists(options.Positional[0]))
        {
            Console.Error.WriteLine("usage: speed DIR [--runs N] [--batch N] [--sort-by-length] [--limit N]");
            return 2;
        }
        var runs = options.Int("--runs", 3);
        var batch = options.Int("--batch", 32);
        var sentences = Directory.GetFiles(options.Positional[0], "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => SentenceSplitter.Split(File.ReadAllText(f))).ToList();
        // Length order puts sentences of like length in one batch, so a batch pads little: what a batch job can do.
        if (options.Has("--sort-by-length"))
            sentences = [.. sentences.OrderBy(s => s.Length)];
        // A first slice, for quick comparisons of settings; the reported figures use every sentence.
        if (options.Has("--limit"))
            sentences = [.. sentences.Take(options.Int("--limit", sentences.Count))];

        Console.WriteLine($"load average at start: {LoadAverage()}");
        using var encoder = MiniLmEncoder.CreateSingleThreaded();
        var bench = new SpeedBenchmark(encoder, sentences, batch);
        bench.WarmUp();
        Console.WriteLine($"{sentences.Count} sentences, {bench.Bytes} bytes, batch {batch}" +
            (options.Has("--sort-by-length") ? ", sorted by length" : ", text order"));
        var results = new List<SpeedRun>();
        for (var i = 0; i < runs; i++)
        {
            var r = bench.Run();
            results.Add(r);
            Console.WriteLine($"run {i + 1}: {r.CpuSeconds:0.00} CPU-s, {r.WallSeconds:0.00} s wall, " +
                $"{r.SentencesPerCpuSecond:0} sentences per CPU second, {r.MegabytesPerCpuSecond:0.000} MB per CPU second");
        }
        var median = SpeedBenchmark.Median(results, r => r.CpuSeconds);
        var (tokens, tokenizerSeconds) = bench.TokenizeOnly();
        Console.WriteLine($"tokenizer alone: {tokens} tokens ({(double)tokens / sentences.Count:0.0} a sentence, [CLS] and [SEP] included) " +
            $"in {tokenizerSeconds:0.00} CPU-s; the median run embeds {tokens / median.CpuSeconds:0} tokens per CPU second");
        Console.WriteLine($"median: {median.SentencesPerCpuSecond:0} sentences per CPU second, " +
            $"{median.MegabytesPerCpuSecond:0.000} MB per CPU second ({median.CpuSeconds:0.00} CPU-s)");
        Console.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    // The machine is shared: the load average says how far to trust a run.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
