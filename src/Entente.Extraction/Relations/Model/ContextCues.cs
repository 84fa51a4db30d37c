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
    private readonly Dictionary<string, ContextCount> _counts;

    public ContextCues(IReadOnlyDictionary<string, ContextCount> counts, double baseRate)
    {
        _counts = new Dictionary<string, ContextCount>(counts, StringComparer.Ordinal);
        BaseRate = baseRate;
    }

    public static ContextCues Empty { get; } = new(new Dictionary<string, ContextCount>(), 0);

    /// <summary>The share of all pairs that were related: what a word never seen in a slot is worth.</summary>
    public double BaseRate { get; }

    /// <summary>How many sightings pull a word's estimate halfway from the base rate to its own rate.</summary>
    public const double Smoothing = 5;

    public int Count => _counts.Count;

    public IEnumerable<KeyValuePair<string, ContextCount>> Entries => _counts.OrderBy(e => e.Key, StringComparer.Ordinal);

    public static string KeyOf(ContextSlot slot, string stem) => (char)('a' + (int)slot) + ":" + stem;

    /// <summary>The smoothed rate at which pairs with this word in this slot were related, and how often it was seen.</summary>
    public (float Rate, float Seen) Estimate(ContextSlot slot, string? stem)
    {
        if (stem is null || !_counts.TryGetValue(KeyOf(slot, stem), out var c)) return ((float)BaseRate, 0);
        return ((float)((c.Related + Smoothing * BaseRate) / (c.Seen + Smoothing)), c.Seen);
    }
}
