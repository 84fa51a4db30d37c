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
        var keys = new double[weights.Length];
        var order = new int[weights.Length];
        for (var p = 0; p < permutations; p++)
        {
            Array.Clear(inA);
            foreach (var i in Draw(weights, sizeA, random, keys, order)) inA[i] = true;
            var overlap = 0;
            foreach (var i in Draw(weights, sizeB, random, keys, order))
                if (inA[i]) overlap++;
            total += overlap;
            if (overlap >= observed) atLeast++;
        }
        return new PermutationResult(observed, (double)total / permutations, (1.0 + atLeast) / (1.0 + permutations), permutations, baseline, weights.Length);
    }

    /// <summary>
    /// The indices of the <paramref name="k"/> largest keys (closest to zero), which form a weighted sample without
    /// replacement, in no particular order; equal keys go to the lower index, as a stable descending sort would take
    /// them. A selection, not a sort (linear on average), in the caller's buffers: the test draws twice per permutation.
    /// </summary>
    private static ReadOnlySpan<int> Draw(double[] weights, int k, Random random, double[] keys, int[] order)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            keys[i] = Math.Log(1 - random.NextDouble()) / weights[i];
            order[i] = i;
        }
        SelectLargest(order, keys, k);
        return order.AsSpan(0, k);
    }

    /// <summary>Hoare's selection: afterwards the first <paramref name="k"/> entries of <paramref name="order"/> are the
    /// indices that rank first by key, descending, then by index.</summary>
    private static void SelectLargest(int[] order, double[] keys, int k)
    {
        var lo = 0;
        var hi = order.Length - 1;
        while (lo < hi && k > lo && k <= hi)
        {
            var pivot = order[lo + (hi - lo) / 2];
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (Before(order[i], pivot, keys)) i++;
                while (Before(pivot, order[j], keys)) j--;
                if (i > j) break;
                (order[i], order[j]) = (order[j], order[i]);
                i++;
                j--;
            }
            // [lo, j] ranks at or before the pivot, [i, hi] at or after it, and anything between is the pivot itself.
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    private static bool Before(int a, int b, double[] keys) => keys[a] > keys[b] || keys[a] == keys[b] && a < b;
}
