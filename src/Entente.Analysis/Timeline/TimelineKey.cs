using Entente.Core.Time;

namespace Entente.Analysis.Timeline;

/// <summary>
/// Where an entry stands in a timeline: dated before undated, then by start, end, finer precision first, publication and
/// claim id.
/// </summary>
internal readonly record struct TimelineKey(DateOnly? From, DateOnly? To, TimePrecision? Precision, DateOnly? Published, string ClaimId)
{
    public static TimelineKey Of(TimelineEntry e) => new(e.From, e.To, e.Precision, e.Evidence.Published, e.Evidence.ClaimId);

    private static int Compare(in TimelineKey a, in TimelineKey b)
    {
        if (a.From is null != b.From is null) return a.From is null ? 1 : -1;
        var c = Nullable.Compare(a.From, b.From);
        if (c == 0) c = Nullable.Compare(a.To, b.To);
        if (c == 0) c = Nullable.Compare(a.Precision, b.Precision);
        if (c == 0) c = Nullable.Compare(a.Published, b.Published);
        return c != 0 ? c : string.CompareOrdinal(a.ClaimId, b.ClaimId);
    }

    /// <summary>
    /// The positions of <paramref name="keys"/> in timeline order, ties kept in the order given. One sort of the keys with
    /// their positions, by a comparer the sort is compiled for: a hub's timeline is a hundred thousand entries, and sorting
    /// them by six chained keys built an array per key, and through a delegate called one per comparison.
    /// </summary>
    public static int[] Order(TimelineKey[] keys)
    {
        var placed = new (TimelineKey Key, int Position)[keys.Length];
        for (var i = 0; i < placed.Length; i++) placed[i] = (keys[i], i);
        placed.AsSpan().Sort(new InOrder());
        return Array.ConvertAll(placed, p => p.Position);
    }

    private readonly struct InOrder : IComparer<(TimelineKey Key, int Position)>
    {
        public int Compare((TimelineKey Key, int Position) x, (TimelineKey Key, int Position) y) =>
            TimelineKey.Compare(x.Key, y.Key) is var c and not 0 ? c : x.Position.CompareTo(y.Position);
    }
}
