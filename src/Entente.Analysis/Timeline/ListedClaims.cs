using Entente.Analysis.Graph;
using Entente.Core.Claims;

namespace Entente.Analysis.Timeline;

/// <summary>
/// The claims touching some actors as a graph of them holds them (<see cref="GraphSnapshot.LoadForTimelineAsync"/>): the
/// reviewed ones whole with their verdicts applied, the rest as the store lists them, in store order
/// (<see cref="StoreWorld.InStoreOrder(IEnumerable{Claim})"/>). The listings stay where they were read, in blocks that are
/// filled and never copied (a hub's hundred thousand listings, grown as one array, were copied again at every doubling);
/// <see cref="Order"/> gives the graph's order of them by position.
/// </summary>
internal sealed class ListedClaims
{
    private const int BlockBits = 13, BlockSize = 1 << BlockBits;

    private readonly List<ClaimListing[]> _blocks = [];
    private bool[]? _rejected;
    private int _count;

    private ListedClaims()
    {
    }

    /// <summary>The listing at a position, a correction in place of the claim it corrects.</summary>
    public ref readonly ClaimListing this[int position] => ref _blocks[position >> BlockBits][position & (BlockSize - 1)];

    /// <summary>The positions of the claims the verdicts keep, in the graph's order.</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>Whether an analyst rejected the claim at this position (kept, marked, only when asked to be).</summary>
    public bool Rejected(int position) => _rejected is not null && _rejected[position];

    public IEnumerable<ClaimListing> InOrder()
    {
        foreach (var i in Order) yield return this[i];
    }

    private void Add(in ClaimListing c)
    {
        if ((_count & (BlockSize - 1)) == 0) _blocks.Add(new ClaimListing[BlockSize]);
        _blocks[^1][_count++ & (BlockSize - 1)] = c;
    }

    public static async Task<ListedClaims> ReadAsync(StoreWorld world, HashSet<string> ids, CancellationToken ct)
    {
        var claims = new ListedClaims();
        var whole = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in await world.ReviewedClaimsAsync(ct)) whole.TryAdd(c.Id, c);
        foreach (var c in whole.Values) claims.Add(ClaimListing.Of(c));
        // The store lists each claim once (its object side passes over what its subject side gave); a reviewed one is kept whole.
        await foreach (var c in world.Store.QueryClaimListingsAsync(ids, ct))
            if (whole.Count == 0 || !whole.ContainsKey(c.Id)) claims.Add(c);
        claims.Sort();
        if (whole.Count > 0) claims.Judge(whole, world);
        return claims;
    }

    /// <summary>
    /// Store order: one sort of each claim's start and id with its position, by a comparer the sort is compiled for; then
    /// the listings are moved into that order, so that what goes through them in order (the directory, the actors' claims,
    /// the filter, and a table's rows, which come nearly in start order too) reads memory in sequence rather than a
    /// hundred-byte listing from anywhere in ten megabytes at every step.
    /// </summary>
    private void Sort()
    {
        var keys = new (int Start, string Id, int Position)[_count];
        for (var i = 0; i < keys.Length; i++)
        {
            ref readonly var c = ref this[i];
            // Undated claims last (no day number comes near int.MaxValue), then by start and id (StoreWorld.InStoreOrder).
            keys[i] = (c.From?.DayNumber ?? int.MaxValue, c.Id, i);
        }
        keys.AsSpan().Sort(new ByStart());
        MoveInto(Array.ConvertAll(keys, k => k.Position));
        Order = new int[_count];
        for (var i = 0; i < Order.Length; i++) Order[i] = i;
    }

    /// <summary>Puts the listing at <c>from[i]</c> at position i, for every i, in place: each cycle of the permutation once, with one listing aside.</summary>
    private void MoveInto(int[] from)
    {
        var done = new bool[from.Length];
        for (var start = 0; start < from.Length; start++)
        {
            if (done[start] || from[start] == start) continue;
            var aside = this[start];
            var at = start;
            while (from[at] != start)
            {
                Slot(at) = this[from[at]];
                done[at] = true;
                at = from[at];
            }
            Slot(at) = aside;
            done[at] = true;
        }
    }

    private ref ClaimListing Slot(int position) => ref _blocks[position >> BlockBits][position & (BlockSize - 1)];

    private readonly struct ByStart : IComparer<(int Start, string Id, int Position)>
    {
        public int Compare((int Start, string Id, int Position) x, (int Start, string Id, int Position) y) =>
            x.Start != y.Start ? x.Start.CompareTo(y.Start) : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>The verdicts applied, as a graph applies them to the claims it is built from (<see cref="EffectiveClaims"/>).</summary>
    private void Judge(Dictionary<string, Claim> whole, StoreWorld world)
    {
        var kept = new List<int>(Order.Length);
        _rejected = new bool[_count];
        foreach (var i in Order)
        {
            if (!whole.TryGetValue(this[i].Id, out var claim)) kept.Add(i);
            else if (EffectiveClaims.TryApply(claim, world.Latest, out var effective, world.IncludeRejected))
            {
                Slot(i) = ClaimListing.Of(effective);
                _rejected[i] = VerdictMark.IsRejected(effective);
                kept.Add(i);
            }
        }
        Order = [.. kept];
    }
}
