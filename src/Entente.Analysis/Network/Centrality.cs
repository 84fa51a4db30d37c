using Entente.Core.Entities;

namespace Entente.Analysis.Network;

/// <summary>One actor's centrality scores.</summary>
public sealed record CentralityScore(EntityRef Actor, int Degree, double Betweenness, double BetweennessNormalized, double PageRank);

/// <summary>
/// Degree (distinct neighbours), betweenness by Brandes' algorithm on the undirected, unweighted graph
/// (each unordered pair counted once), and PageRank on the directed graph (damping 0.85, the rank of
/// nodes without successors spread evenly).
/// </summary>
public static class Centrality
{
    public const double Damping = 0.85;

    public static double[] Betweenness(ActorNetwork net)
    {
        var n = net.Count;
        var total = new double[n];
        var gate = new object();
        Parallel.For(0, n, () => new BrandesState(n), (s, _, st) => st.From(net, s), st =>
        {
            lock (gate)
                for (var i = 0; i < n; i++) total[i] += st.Sum[i];
        });
        for (var i = 0; i < n; i++) total[i] /= 2; // each pair was counted from both ends
        return total;
    }

    private sealed class BrandesState(int n)
    {
        public readonly double[] Sum = new double[n];
        private readonly int[] _dist = new int[n];
        private readonly double[] _sigma = new double[n];
        private readonly double[] _delta = new double[n];
        private readonly int[] _order = new int[n];
        private readonly int[] _queue = new int[n];

        public BrandesState From(ActorNetwork net, int s)
        {
            Array.Fill(_dist, -1);
            Array.Clear(_sigma);
            Array.Clear(_delta);
            _dist[s] = 0;
            _sigma[s] = 1;
            int head = 0, tail = 0, seen = 0;
            _queue[tail++] = s;
            while (head < tail)
            {
                var v = _queue[head++];
                _order[seen++] = v;
                foreach (var w in net.Neighbors[v])
                {
                    if (_dist[w] < 0)
                    {
                        _dist[w] = _dist[v] + 1;
                        _queue[tail++] = w;
                    }
                    if (_dist[w] == _dist[v] + 1) _sigma[w] += _sigma[v];
                }
            }
            for (var i = seen - 1; i > 0; i--)
            {
                var w = _order[i];
                foreach (var v in net.Neighbors[w])
                    if (_dist[v] == _dist[w] - 1) _delta[v] += _sigma[v] / _sigma[w] * (1 + _delta[w]);
                Sum[w] += _delta[w];
            }
            return this;
        }
    }

    public static double[] PageRank(ActorNetwork net, int maxIterations = 200, double tolerance = 1e-12)
    {
        var n = net.Count;
        if (n == 0) return [];
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
                if (net.Out[v].Length == 0) dangling += rank[v];
            Array.Fill(next, (1 - Damping) / n + Damping * dangling / n);
            for (var v = 0; v < n; v++)
            {
                var share = Damping * rank[v] / Math.Max(1, net.Out[v].Length);
                foreach (var w in net.Out[v]) next[w] += share;
            }
            var diff = 0.0;
            for (var v = 0; v < n; v++) diff += Math.Abs(next[v] - rank[v]);
            (rank, next) = (next, rank);
            if (diff < tolerance) break;
        }
        return rank;
    }
}
