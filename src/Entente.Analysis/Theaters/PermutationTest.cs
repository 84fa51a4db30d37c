namespace Entente.Analysis.Theaters;

/// <summary>The outcome of a permutation test: how often chance did at least as well as what was observed.</summary>
public sealed record PermutationResult(int Observed, double Expected, double PValue, int Permutations, string Baseline, int PoolSize);

/// <summary>
/// Does the overlap of two footprints exceed chance? Each permutation draws footprints of the same sizes
/// from the pool of theaters, without replacement, each theater weighted by how many actors are there
/// (Efraimidis–Spirakis keys). p = (1 + #{overlap ≥ observed}) / (1 + permutations). The caller passes
/// the Random so results are repeatable.
/// </summary>
public static class PermutationTest
{
    public static PermutationResult Overlap(int sizeA, int sizeB, int observed, IReadOnlyDictionary<string, int> pool,
        int permutations, Random random, string baseline)
    {
        var weights = pool.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (double)Math.Max(1, kv.Value)).ToArray();
        if (sizeA == 0 || sizeB == 0 || weights.Length == 0 || permutations <= 0)
            return new PermutationResult(observed, 0, 1, 0, baseline, weights.Length);
        sizeA = Math.Min(sizeA, weights.Length);
        sizeB = Math.Min(sizeB, weights.Length);
        var atLeast = 0;
        long total = 0;
        var inA = new bool[weights.Length];
        for (var p = 0; p < permutations; p++)
        {
            Array.Clear(inA);
            foreach (var i in Draw(weights, sizeA, random)) inA[i] = true;
            var overlap = Draw(weights, sizeB, random).Count(i => inA[i]);
            total += overlap;
            if (overlap >= observed) atLeast++;
        }
        return new PermutationResult(observed, (double)total / permutations, (1.0 + atLeast) / (1.0 + permutations), permutations, baseline, weights.Length);
    }

    private static IEnumerable<int> Draw(double[] weights, int k, Random random)
    {
        var keys = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++) keys[i] = Math.Log(1 - random.NextDouble()) / weights[i];
        // The k largest keys (closest to zero) form a weighted sample without replacement.
        return Enumerable.Range(0, weights.Length).OrderByDescending(i => keys[i]).Take(k);
    }
}
