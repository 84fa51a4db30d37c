namespace Entente.Analysis.Graph;

/// <summary>
/// Operations on ascending arrays of claim positions (the per-actor index of a <see cref="ClaimGraph"/>):
/// merging two sorted arrays costs their length, with no hashing and no per-claim allocation.
/// </summary>
internal static class ClaimIndex
{
    public static int[] Of(Dictionary<string, int[]> byActor, string actor) => byActor.TryGetValue(actor, out var idx) ? idx : [];

    /// <summary>Positions in both arrays, ascending.</summary>
    public static int[] Intersection(int[] x, int[] y)
    {
        var result = new List<int>(Math.Min(x.Length, y.Length));
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                result.Add(x[i]);
                (i, j) = (i + 1, j + 1);
            }
        }
        return [.. result];
    }
}
