using System.Numerics;

namespace Entente.Analysis.Network;

/// <summary>
/// Brandes' walk from one source on a dense graph, its neighbours read as rows of bits: each node's row against the
/// visited set gives the nodes it discovers, against the next level its children, and against the level before its
/// parents, a few dozen words per node where a list walk checks every one of its neighbours (a million-claim store
/// has 3,700 actors of 160 neighbours each, and edges within a level are never looked at). Nodes are discovered in
/// the order the list walk finds them (the queue's nodes in order, each one's new neighbours in ascending order),
/// and every dependency is added in the same order, so the sums are the list walk's to the last bit.
/// </summary>
internal sealed class BitRowBrandes
{
    private readonly int _n;
    private readonly int _words;
    private readonly ulong[] _rows;
    private readonly int[] _dist;
    private readonly double[] _sigma;
    private readonly double[] _delta;
    private readonly int[] _queue;
    private readonly ulong[] _visited;
    private readonly List<ulong[]> _levels = [];

    public BitRowBrandes(int n, int words, ulong[] rows)
    {
        (_n, _words, _rows) = (n, words, rows);
        (_dist, _sigma, _delta, _queue, _visited) = (new int[n], new double[n], new double[n], new int[n], new ulong[words]);
        Sum = new double[n];
    }

    public double[] Sum { get; }

    /// <summary>Words per row for <paramref name="n"/> nodes.</summary>
    public static int Words(int n) => (n + 63) >> 6;

    /// <summary>Each node's neighbours as one row of bits, rows one after another.</summary>
    public static ulong[] Rows(int[][] neighbors)
    {
        var words = Words(neighbors.Length);
        var rows = new ulong[(long)neighbors.Length * words];
        for (var v = 0; v < neighbors.Length; v++)
            foreach (var w in neighbors[v]) rows[(long)v * words + (w >> 6)] |= 1UL << (w & 63);
        return rows;
    }

    /// <summary>Adds the dependencies of every node on shortest paths from <paramref name="s"/> to <see cref="Sum"/>.</summary>
    public BitRowBrandes From(int s)
    {
        var (words, rows, dist, sigma, delta, queue, visited) = (_words, _rows, _dist, _sigma, _delta, _queue, _visited);
        Array.Clear(visited);
        var first = Level(0);
        first[s >> 6] |= 1UL << (s & 63);
        visited[s >> 6] |= 1UL << (s & 63);
        (dist[s], sigma[s], delta[s]) = (0, 1, 0);
        queue[0] = s;
        int head = 0, tail = 1, depth = 0;
        while (head < tail)
        {
            var levelEnd = tail;
            var next = Level(depth + 1);
            for (; head < levelEnd; head++)
            {
                var v = queue[head];
                var paths = sigma[v];
                var row = rows.AsSpan((int)((long)v * words), words);
                for (var j = 0; j < words; j++)
                {
                    var found = row[j] & ~visited[j];
                    if (found != 0)
                    {
                        visited[j] |= found;
                        next[j] |= found;
                        for (var bits = found; bits != 0; bits &= bits - 1)
                        {
                            var w = (j << 6) | BitOperations.TrailingZeroCount(bits);
                            (dist[w], sigma[w], delta[w]) = (depth + 1, 0, 0);
                            queue[tail++] = w;
                        }
                    }
                    // Its children: its neighbours one level further, whoever found them first.
                    for (var bits = row[j] & next[j]; bits != 0; bits &= bits - 1) sigma[(j << 6) | BitOperations.TrailingZeroCount(bits)] += paths;
                }
            }
            depth++;
        }
        for (var k = tail - 1; k > 0; k--)
        {
            var w = queue[k];
            var share = (1 + delta[w]) / sigma[w];
            var parents = _levels[dist[w] - 1];
            var row = rows.AsSpan((int)((long)w * words), words);
            for (var j = 0; j < words; j++)
                for (var bits = row[j] & parents[j]; bits != 0; bits &= bits - 1)
                {
                    var v = (j << 6) | BitOperations.TrailingZeroCount(bits);
                    delta[v] += sigma[v] * share;
                }
            Sum[w] += delta[w];
        }
        return this;
    }

    /// <summary>The (cleared) set of nodes at distance <paramref name="d"/>, its array kept for the next source.</summary>
    private ulong[] Level(int d)
    {
        if (d == _levels.Count) _levels.Add(new ulong[_words]);
        else Array.Clear(_levels[d]);
        return _levels[d];
    }

    /// <summary>Whether rows of bits are worth it: a row no longer than twice the mean neighbour list, and all rows within 256 MB.</summary>
    public static bool Suits(int n, long edgeEnds) =>
        n > 0 && (long)n * Words(n) * 8 <= 256L << 20 && Words(n) <= 2 * edgeEnds / n;
}
