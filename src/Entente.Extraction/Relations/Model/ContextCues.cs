namespace Entente.Extraction.Relations.Model;

/// <summary>The slots around a pair whose words the model reads through <see cref="ContextCues"/>.</summary>
public enum ContextSlot : byte { BeforeA, AfterA, BeforeB, AfterB, FirstBetween, LastBetween, ShortPath }

/// <summary>How often a word in one slot was seen around a pair of mentions, and how often that pair stood in a relation.</summary>
public readonly record struct ContextCount(int Seen, int Related);

/// <summary>
/// Learned from the training corpus: for a word in a slot around a pair ("troops" right after the first mention,
/// "in" right before the second, the whole short path "and its ally"), how often such a pair was related at all.
/// Relation-agnostic on purpose: it tells the model whether two mentions are arguments of one statement; which
/// relation they are in comes from the triggers and the relation cues.
/// </summary>
public sealed class ContextCues
{
    private static readonly int Slots = Enum.GetValues<ContextSlot>().Length;

    /// <summary>By word, its count in every slot: one probe gives a token's worth wherever it stands.</summary>
    private readonly Dictionary<string, ContextCount[]> _byWord = new(StringComparer.Ordinal);

    /// <summary>The same table probed with a slice of a token's text (a stem is a prefix of its word), so no string is made.</summary>
    private readonly Dictionary<string, ContextCount[]>.AlternateLookup<ReadOnlySpan<char>> _byWordSlice;

    public ContextCues(IReadOnlyDictionary<string, ContextCount> counts, double baseRate)
    {
        foreach (var (key, count) in counts)
        {
            var (slot, word) = Split(key);
            if (!_byWord.TryGetValue(word, out var bySlot)) _byWord[word] = bySlot = new ContextCount[Slots];
            bySlot[(int)slot] = count;
        }
        Count = counts.Count;
        BaseRate = baseRate;
        _byWordSlice = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ContextCues Empty { get; } = new(new Dictionary<string, ContextCount>(), 0);

    /// <summary>The share of all pairs that were related: what a word never seen in a slot is worth.</summary>
    public double BaseRate { get; }

    /// <summary>How many sightings pull a word's estimate halfway from the base rate to its own rate.</summary>
    public const double Smoothing = 5;

    public int Count { get; }

    /// <summary>Every (slot:word, count) entry, in the order the model file writes them.</summary>
    public IEnumerable<KeyValuePair<string, ContextCount>> Entries =>
        _byWord.SelectMany(w => w.Value.Select((c, slot) => new KeyValuePair<string, ContextCount>(KeyOf((ContextSlot)slot, w.Key), c)))
            .Where(e => e.Value.Seen > 0).OrderBy(e => e.Key, StringComparer.Ordinal);

    public static string KeyOf(ContextSlot slot, string word) => (char)('a' + (int)slot) + ":" + word;

    private static (ContextSlot Slot, string Word) Split(string key)
    {
        if (key.Length < 2 || key[1] != ':' || key[0] - 'a' is var slot && (slot < 0 || slot >= Slots))
            throw new FormatException($"'{key}' is not a context key (a slot letter, a colon, a word)");
        return ((ContextSlot)(key[0] - 'a'), key[2..]);
    }

    /// <summary>The smoothed rate at which pairs with this word in this slot were related, and how often it was seen.</summary>
    public (float Rate, float Seen) Estimate(ContextSlot slot, string? word)
    {
        if (word is null || !_byWord.TryGetValue(word, out var bySlot) || bySlot[(int)slot].Seen == 0) return ((float)BaseRate, 0);
        return Smoothed(bySlot[(int)slot]);
    }

    /// <summary>A word's worth in every slot at once (the base rate where it was never seen).</summary>
    public void EstimateAll(string? word, Span<(float Rate, float Seen)> bySlot) =>
        Fill(word is not null && _byWord.TryGetValue(word, out var c) ? c : null, bySlot);

    /// <summary><see cref="EstimateAll(string?, Span{ValueTuple{float, float}})"/> of a word given as characters.</summary>
    public void EstimateAll(ReadOnlySpan<char> word, Span<(float Rate, float Seen)> bySlot) =>
        Fill(_byWordSlice.TryGetValue(word, out var c) ? c : null, bySlot);

    private void Fill(ContextCount[]? counts, Span<(float Rate, float Seen)> bySlot)
    {
        for (var slot = 0; slot < bySlot.Length; slot++)
            bySlot[slot] = counts is null || counts[slot].Seen == 0 ? ((float)BaseRate, 0) : Smoothed(counts[slot]);
    }

    private (float, float) Smoothed(ContextCount c) => ((float)((c.Related + Smoothing * BaseRate) / (c.Seen + Smoothing)), c.Seen);
}
