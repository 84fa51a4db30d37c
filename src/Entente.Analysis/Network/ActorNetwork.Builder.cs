namespace Entente.Analysis.Network;

public sealed partial class ActorNetwork
{
    /// <summary>
    /// Gathers a network's links by node number as they come, then numbers the nodes in id order. A caller that meets each
    /// actor many times (a store's hundreds of thousands of claim pairs name a few thousand actors) asks for its node once
    /// and adds links as numbers, with no dictionary of id pairs between the store and the network.
    /// </summary>
    public sealed class Builder(int capacity = 0)
    {
        private readonly Dictionary<string, int> _nodes = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _ids = [];
        private readonly List<(int From, int To, bool Symmetric)> _links = new(capacity);

        /// <summary>The node of an actor id, numbered in the order first seen (ids equal but for case are one node, spelled as first seen).</summary>
        public int Node(string id)
        {
            if (_nodes.TryGetValue(id, out var node)) return node;
            _nodes[id] = node = _ids.Count;
            _ids.Add(id);
            return node;
        }

        /// <summary>A link between two nodes of <see cref="Node"/>; a self-loop is left out, a repeated link kept once.</summary>
        public void Add(int from, int to, bool symmetric)
        {
            if (from != to) _links.Add((from, to, symmetric));
        }

        /// <summary>
        /// The network: nodes numbered in id order, not in the order links arrived, so a network read from the store's claim
        /// pairs and one built from the claims are the same, node for node, and paths of equal length come out in the same order.
        /// </summary>
        public ActorNetwork Build()
        {
            var order = Enumerable.Range(0, _ids.Count).ToArray();
            Array.Sort(order, (x, y) => string.Compare(_ids[x], _ids[y], StringComparison.OrdinalIgnoreCase) is var c and not 0 ? c : string.CompareOrdinal(_ids[x], _ids[y]));
            var ids = new string[order.Length];
            var rank = new int[order.Length];
            var index = new Dictionary<string, int>(order.Length, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < order.Length; i++)
            {
                ids[i] = _ids[order[i]];
                rank[order[i]] = i;
                index[ids[i]] = i;
            }
            // Each link as a number (from × n + to), sorted and deduplicated: a million claims give hundreds of thousands of
            // links, and sorting one array of numbers is far cheaper than a hash set per node.
            var n = (long)ids.Length;
            var undirected = new List<long>(_links.Count * 2);
            var directed = new List<long>(_links.Count * 2);
            foreach (var (from, to, symmetric) in _links)
            {
                var (s, o) = (rank[from], rank[to]);
                undirected.Add(s * n + o);
                undirected.Add(o * n + s);
                directed.Add(s * n + o);
                if (symmetric) directed.Add(o * n + s);
            }
            return new ActorNetwork(ids, index, Adjacency(undirected, ids.Length), Adjacency(directed, ids.Length));
        }
    }
}
