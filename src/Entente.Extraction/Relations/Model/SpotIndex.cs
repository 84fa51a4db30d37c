using Entente.Extraction.Mentions;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// The places in a sentence that say one relation, sorted by where they start, to choose the one that best says it
/// for a pair (<see cref="Scan"/> is the choice) without reading them all. A 3,000-character sentence holds hundreds
/// of cue words, and reading each of them for every candidate made a candidate's cost grow with the sentence.
/// </summary>
/// <remarks>
/// A place's cost is its distance to the pair less its kind's bonus, so a place <c>d</c> tokens from the pair costs
/// at least <c>d</c> less the largest bonus of the list: the search walks outward from the pair and stops on each side
/// where that bound passes the best cost found. Equal costs go to the place listed first, as in the scan.
/// </remarks>
public sealed class SpotIndex
{
    private readonly TriggerSpot[] _spots;
    private readonly int[] _starts;
    private readonly int[] _listed;
    private readonly float _largestBonus;
    private readonly int _longest;

    /// <param name="spots">The relation's places in the order the scan reads them.</param>
    private SpotIndex(IReadOnlyList<TriggerSpot> spots)
    {
        _listed = new int[spots.Count];
        // Stable: places starting at one token keep their listed order (the index breaks ties by it anyway). Sorted as
        // numbers, the start above the place in the list, rather than through a comparison delegate.
        var keys = new long[spots.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)spots[i].First << 32) | (uint)i;
        Array.Sort(keys);
        for (var i = 0; i < keys.Length; i++) _listed[i] = (int)(uint)keys[i];
        _spots = new TriggerSpot[_listed.Length];
        _starts = new int[_listed.Length];
        for (var i = 0; i < _listed.Length; i++)
        {
            var spot = _spots[i] = spots[_listed[i]];
            _starts[i] = spot.First;
            _largestBonus = Math.Max(_largestBonus, Bonus(spot));
            _longest = Math.Max(_longest, spot.Last - spot.First);
        }
    }

    /// <summary>An index of the places, or null where the scan is as quick (a few places) or the bound does not hold (a place that ends before it starts).</summary>
    public static SpotIndex? Of(IReadOnlyList<TriggerSpot> spots, int fewest = 8)
    {
        if (spots.Count < fewest) return null;
        foreach (var spot in spots)
            if (spot.Last < spot.First || float.IsNaN(spot.Weight)) return null;
        return new SpotIndex(spots);
    }

    /// <summary>The place that <see cref="Scan"/> chooses for the pair, read from the places near it.</summary>
    public TriggerSpot Best(EntityMention a, EntityMention b)
    {
        var (lo, hi) = (Math.Min(a.First, b.First), Math.Max(a.Last, b.Last));
        var best = TriggerSpot.None;
        var (bestCost, bestListed) = (double.MaxValue, int.MaxValue);
        var right = LowerBound(_starts, hi);
        // Leftward from the last place starting inside the pair's span: those inside, then those before it, which
        // end at most _longest tokens after they start.
        for (var i = right - 1; i >= 0; i--)
        {
            if ((double)Math.Max(0, lo - _starts[i] - _longest) - _largestBonus > bestCost) break;
            Consider(i);
        }
        // Rightward from the first place starting at or after the span's end, which lies that far from both mentions.
        for (var i = right; i < _spots.Length; i++)
        {
            if ((double)(_starts[i] - hi) - _largestBonus > bestCost) break;
            Consider(i);
        }
        return best;

        void Consider(int i)
        {
            var cost = Cost(_spots[i], a, b, lo, hi);
            if (cost < bestCost || cost == bestCost && _listed[i] < bestListed) (best, bestCost, bestListed) = (_spots[i], cost, _listed[i]);
        }
    }

    /// <summary>The place that best says the relation for this pair: between the two mentions beats outside them, near beats far, a rule's or the lexicon's trigger beats a learned cue; the first listed of equals.</summary>
    public static TriggerSpot Scan(IReadOnlyList<TriggerSpot> spots, EntityMention a, EntityMention b)
    {
        var (lo, hi) = (Math.Min(a.First, b.First), Math.Max(a.Last, b.Last));
        var best = TriggerSpot.None;
        var bestCost = double.MaxValue;
        for (var i = 0; i < spots.Count; i++)
        {
            var cost = Cost(spots[i], a, b, lo, hi);
            if (cost < bestCost) (best, bestCost) = (spots[i], cost);
        }
        return best;
    }

    /// <summary>A place's cost for the pair spanning [lo, hi); a place on a mention (but a rule's, or a name's "-backed") is no candidate (infinite cost).</summary>
    private static double Cost(TriggerSpot spot, EntityMention a, EntityMention b, int lo, int hi)
    {
        if (spot.First < hi && spot.Last > lo && (Overlaps(spot, a) || Overlaps(spot, b)) && spot.Kind != SpotKind.Rule && spot.Frame != "compound") return double.PositiveInfinity;
        double cost = spot.First >= lo && spot.Last <= hi ? 0 : Math.Min(Distance(spot, a), Distance(spot, b));
        return cost - Bonus(spot);
    }

    private static float Bonus(TriggerSpot spot) => spot.Kind switch { SpotKind.Rule => 4, SpotKind.Lexicon => 2, _ => 2 * spot.Weight };

    private static bool Overlaps(TriggerSpot s, EntityMention m) => s.First < m.Last && m.First < s.Last;

    private static int Distance(TriggerSpot s, EntityMention m) => s.First >= m.Last ? s.First - m.Last : m.First >= s.Last ? m.First - s.Last : 0;

    /// <summary>The first index whose start is at least <paramref name="token"/>.</summary>
    private static int LowerBound(int[] starts, int token)
    {
        var (from, to) = (0, starts.Length);
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (starts[mid] < token) from = mid + 1;
            else to = mid;
        }
        return from;
    }
}
