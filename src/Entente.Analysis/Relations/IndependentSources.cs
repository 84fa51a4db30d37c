using Entente.Analysis.Graph;
using Entente.Core.Claims;

namespace Entente.Analysis.Relations;

/// <summary>
/// Groups the sources behind a set of claims into independent groups: sources of the same publisher
/// count once, and so do sources whose evidence texts are near-duplicates (a reprint or a rewritten
/// wire story: word-3-shingle Jaccard ≥ <see cref="NearDuplicate"/>). Returns the group of each source.
/// </summary>
public static class IndependentSources
{
    public const double NearDuplicate = 0.5;
    public const int ExhaustiveUpTo = 48;

    public static Dictionary<string, int> Group(IReadOnlyList<Claim> claims, ClaimGraph g)
    {
        var sources = claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
        var index = sources.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, sources.Count).ToArray();
        if (sources.Count > 1)
        {
            var byPublisher = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in sources)
            {
                var pub = g.Source(s)?.Publisher?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(pub)) continue;
                if (byPublisher.TryGetValue(pub, out var first)) Union(parent, first, index[s]);
                else byPublisher[pub] = index[s];
            }
            UnionNearDuplicates(claims, index, parent);
        }
        var roots = new Dictionary<int, int>();
        return sources.ToDictionary(s => s, s =>
        {
            var r = Find(parent, index[s]);
            if (!roots.TryGetValue(r, out var gid)) roots[r] = gid = roots.Count;
            return gid;
        }, StringComparer.Ordinal);
    }

    private static void UnionNearDuplicates(IReadOnlyList<Claim> claims, Dictionary<string, int> index, int[] parent)
    {
        var texts = claims.Select(c => (Source: index[c.SourceId], c.Evidence.Text))
            .Distinct().Select(t => (t.Source, Shingles: Shingles.Of(t.Text))).ToList();
        // Few texts: compare every pair. Many: only pairs that share a MinHash band.
        var buckets = new Dictionary<(int, ulong), List<int>>();
        if (texts.Count <= ExhaustiveUpTo) buckets[(-1, 0)] = Enumerable.Range(0, texts.Count).ToList();
        for (var i = 0; i < texts.Count && texts.Count > ExhaustiveUpTo; i++)
        {
            var keys = Shingles.BandKeys(texts[i].Shingles);
            for (var b = 0; b < keys.Length; b++)
            {
                if (!buckets.TryGetValue((b, keys[b]), out var list)) buckets[(b, keys[b])] = list = [];
                list.Add(i);
            }
        }
        // In a big bucket each text meets only its recent predecessors, so identical reprints stay linear.
        var window = texts.Count <= ExhaustiveUpTo ? int.MaxValue : 8;
        var tried = new HashSet<(int, int)>();
        foreach (var list in buckets.Values)
            for (var y = 1; y < list.Count; y++)
                for (var x = Math.Max(0, y - window); x < y; x++)
                {
                    var (i, j) = (list[x], list[y]);
                    if (texts[i].Source == texts[j].Source || Find(parent, texts[i].Source) == Find(parent, texts[j].Source)) continue;
                    if (tried.Add((i, j)) && Shingles.Jaccard(texts[i].Shingles, texts[j].Shingles) >= NearDuplicate)
                        Union(parent, texts[i].Source, texts[j].Source);
                }
    }

    private static int Find(int[] p, int x)
    {
        while (p[x] != x) x = p[x] = p[p[x]];
        return x;
    }

    private static void Union(int[] p, int a, int b)
    {
        var (ra, rb) = (Find(p, a), Find(p, b));
        if (ra != rb) p[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
