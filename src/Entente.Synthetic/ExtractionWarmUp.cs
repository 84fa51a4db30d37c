using System.Runtime;
using Entente.Extraction.Output;
using Entente.Extraction.Pipeline;

namespace Entente.Synthetic;

/// <summary>
/// The warm-up before <see cref="ExtractionBenchmark"/> (`entente bench extract`) measures. The runtime compiles hot
/// methods several times (quickly, then instrumented, then optimized) on a background thread, which on a busy machine
/// can lag seconds behind; measuring while it still works would charge that one-off compiling to every byte.
/// So after the requested bytes the warm-up goes on, pass after pass over the same files, until a pass
/// and the two after it compile almost nothing more (or five times the requested bytes are done in all).
/// </summary>
internal static class ExtractionWarmUp
{
    /// <summary>A pass that compiles fewer new methods than this counts as settled: a few rare paths always remain.</summary>
    private const long SettledMethods = 20;

    /// <summary>Warms up on at least <paramref name="budget"/> bytes; returns how many bytes it took.</summary>
    public static long Run(Func<string, ExtractionResult> extract, IReadOnlyList<string> files, long budget)
    {
        if (budget <= 0) return 0;
        var done = Pass(extract, files, budget);
        // Optimized versions arrive in batches after a pause, so one quiet pass proves little: wait for three in a row.
        for (var quiet = 0; quiet < 3 && done < 5 * budget;)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            done += Pass(extract, files, Math.Min(budget, 1024L * 1024L));
            quiet = JitInfo.GetCompiledMethodCount() - compiled < SettledMethods ? quiet + 1 : 0;
        }
        return done;
    }

    /// <summary>Reads, extracts and serializes the first files until <paramref name="budget"/> bytes are done; returns the bytes.</summary>
    private static long Pass(Func<string, ExtractionResult> extract, IReadOnlyList<string> files, long budget)
    {
        long done = 0;
        for (var i = 0; i < files.Count && done < budget; i++)
        {
            ExtractionJsonWriter.WriteDocument(Stream.Null, extract(files[i]));
            done += new FileInfo(files[i]).Length;
        }
        return done;
    }
}
