namespace Entente.Extraction.Relations.Model;

/// <summary>
/// What the document model compares one triple with, worked out once per document so that reading every triple
/// stays linear: the triples by key (for the reverse direction), each triple's best score in order (for its rank),
/// and for each pair of agents its two strongest relations (for "another relation is said more strongly").
/// </summary>
public sealed class TripleContext
{
    public const double Strong = 0.2;

    private readonly double[] _sortedBest;
    private readonly Dictionary<(string, string), (int Relation, double Score, double Second)> _pairs = [];
    private readonly Dictionary<(string, string), HashSet<int>> _pairSentences = [];

    public TripleContext(IReadOnlyDictionary<(string, int, string), TripleEvidence> triples)
    {
        Triples = triples;
        _sortedBest = triples.Values.Select(t => t.Best).Order().ToArray();
        foreach (var t in triples.Values)
        {
            StrongTriples += t.Best >= Strong ? 1 : 0;
            var pair = Unordered(t.Subject, t.Object);
            var best = t.Best;
            if (!_pairs.TryGetValue(pair, out var top)) _pairs[pair] = (t.Relation, best, 0);
            else if (best > top.Score) _pairs[pair] = (t.Relation, best, top.Score);
            else if (best > top.Second) _pairs[pair] = top with { Second = best };
            if (!_pairSentences.TryGetValue(pair, out var sentences)) _pairSentences[pair] = sentences = [];
            foreach (var (c, _) in t.Candidates) sentences.Add(c.Sentence.Index);
        }
    }

    public IReadOnlyDictionary<(string, int, string), TripleEvidence> Triples { get; }

    /// <summary>How many triples of the document the pair model rates at least <see cref="Strong"/>.</summary>
    public int StrongTriples { get; }

    /// <summary>How many triples of the document have a better best score than this one.</summary>
    public int Stronger(double best)
    {
        var i = Array.BinarySearch(_sortedBest, best);
        if (i < 0) i = ~i;
        else while (i < _sortedBest.Length && _sortedBest[i] <= best) i++;
        return _sortedBest.Length - i;
    }

    /// <summary>The best score of any other relation between the same two agents, in either direction.</summary>
    public double OtherRelation(TripleEvidence t)
    {
        if (!_pairs.TryGetValue(Unordered(t.Subject, t.Object), out var top)) return 0;
        return top.Relation == t.Relation ? top.Second : top.Score;
    }

    /// <summary>The best score of any relation between the same two agents, this one included.</summary>
    public double PairBest(TripleEvidence t) => _pairs.TryGetValue(Unordered(t.Subject, t.Object), out var top) ? top.Score : 0;

    /// <summary>In how many sentences the two agents are asked about together, in any relation.</summary>
    public int PairSentences(TripleEvidence t) => _pairSentences.TryGetValue(Unordered(t.Subject, t.Object), out var s) ? s.Count : 0;

    public double Reverse(TripleEvidence t) =>
        Triples.TryGetValue(TripleEvidence.KeyOf(t.Object, t.Relation, t.Subject), out var r) && r != t ? r.Best : 0;

    private static (string, string) Unordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
