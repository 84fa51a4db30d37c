using Entente.Analysis.Graph;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Relations;

/// <summary>A relation to rate: its key, its type, two actors it is between, and the most confidence it can have.</summary>
internal readonly record struct RelationCandidate(string Key, string Relation, string Subject, string Object, int Ceiling);

/// <summary>
/// Ceilings on relations' confidence from counts of their claims per source and certainty (<see cref="IndexedRelations"/>).
/// <see cref="RelationRating"/> combines independent groups of sources as 1 − Π(1 − p), each group's p its best claim's;
/// sources of one publisher always share a group, and near-duplicate texts may join groups further. Joining groups never
/// raises the result (one group's best p is at most what its parts give together), so one group per publisher, or per
/// source without a publisher, gives a ceiling.
/// </summary>
internal sealed class RelationCeilings(IReadOnlyList<Source> sources)
{
    private readonly Dictionary<string, Source> _sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, (string Witness, double Weight)> _witnesses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // The store hands each id as one string instance: who it counts as is worked out once per instance.
    private readonly Dictionary<string, string> _counted = new(ReferenceEqualityComparer.Instance);

    // A hub's rows name the same (subject, relation, object) instances again for each source and certainty: each instance
    // finds its entry by reference, and the entry's key (a new string) is made once.
    private readonly Dictionary<(string, string, string), Entry?> _byInstance = new(SameStrings.Instance);

    private sealed class Entry(string relation, string subject, string obj)
    {
        public string Relation { get; } = relation;
        public string Subject { get; } = subject;
        public string Object { get; } = obj;
        public Witnesses Witnesses { get; } = new();
        public bool Denied { get; set; }
        public bool Forced { get; set; }
    }

    public string Counted(string id, StoreWorld world)
    {
        if (!_counted.TryGetValue(id, out var c)) _counted[id] = c = world.Counted(id);
        return c;
    }

    /// <summary>Claims of one source at one certainty of a relation between counted actors.</summary>
    public void Add(string subject, string relation, string obj, string sourceId, Certainty certainty)
    {
        if (EntryOf(subject, relation, obj) is not { } e) return;
        if (!AnalysisFilter.IsAffirmative(certainty))
        {
            e.Denied = true;
            return;
        }
        var (witness, weight) = WitnessOf(sourceId);
        var p = certainty.StixConfidence() / 100.0 * weight;
        e.Witnesses.Offer(witness, p);
    }

    /// <summary>A relation rated from its claims whatever its ceiling (a verdict touches it, so its counts are not the whole story).</summary>
    public void Force(string subject, string relation, string? obj)
    {
        if (obj is not null && EntryOf(subject, relation, obj) is { } e) e.Forced = true;
    }

    /// <summary>
    /// Every relation seen, highest ceiling first, then by key: the order relations are listed in. Ceilings are whole
    /// percentages, so relations are put in one bucket per ceiling and a bucket is sorted by key only when the caller reaches
    /// it: a hub has tens of thousands of relations, and the caller stops after the first few buckets.
    /// </summary>
    public IEnumerable<RelationCandidate> InOrder()
    {
        var buckets = new Dictionary<int, List<RelationCandidate>>();
        foreach (var (key, e) in _entries)
        {
            var ceiling = Ceiling(e);
            if (!buckets.TryGetValue(ceiling, out var bucket)) buckets[ceiling] = bucket = [];
            bucket.Add(new RelationCandidate(key, e.Relation, e.Subject, e.Object, ceiling));
        }
        foreach (var ceiling in buckets.Keys.OrderDescending().ToList())
        {
            var bucket = buckets[ceiling];
            bucket.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            foreach (var c in bucket) yield return c;
        }
    }

    private static int Ceiling(Entry e)
    {
        if (e.Forced) return int.MaxValue;
        if (e.Witnesses.Count == 0) return 0;
        var miss = 1.0;
        foreach (var p in e.Witnesses.Values) miss *= 1 - p;
        var confidence = (1 - miss) * (e.Denied ? RelationRating.DenialFactor : 1);
        // A hair above, so a rating that multiplies the same numbers in another order never lands over its ceiling.
        return (int)Math.Ceiling(confidence * 100 + 1e-9);
    }

    private Entry? EntryOf(string subject, string relation, string obj)
    {
        if (_byInstance.TryGetValue((subject, relation, obj), out var known)) return known;
        return _byInstance[(subject, relation, obj)] = NewEntryOf(subject, relation, obj);
    }

    private Entry? NewEntryOf(string subject, string relation, string obj)
    {
        if (!RelationTypes.TryGet(relation, out var type)) return null;
        var key = RelationBuilder.KeyOf(subject, type.Id, obj, type.Symmetric);
        if (!_entries.TryGetValue(key, out var e)) _entries[key] = e = new Entry(type.Id, subject, obj);
        return e;
    }

    /// <summary>The group a source stands in for the ceiling (its publisher, or itself) and the weight of its reliability.</summary>
    private (string Witness, double Weight) WitnessOf(string sourceId)
    {
        if (_witnesses.TryGetValue(sourceId, out var known)) return known;
        var source = _sources.GetValueOrDefault(sourceId);
        var publisher = source?.Publisher?.Trim().ToLowerInvariant();
        return _witnesses[sourceId] = (string.IsNullOrEmpty(publisher) ? "source\u001f" + sourceId : "publisher\u001f" + publisher,
            RelationRating.ReliabilityWeight(source?.Reliability ?? Reliability.F));
    }

    /// <summary>
    /// Each witness's best p. Most of a hub's tens of thousands of relations have one to three witnesses: they are kept in
    /// a short list, and only a relation with many gets a dictionary (a dictionary for each took more memory than the rest).
    /// </summary>
    private sealed class Witnesses
    {
        private const int Listed = 8;
        private readonly List<(string Witness, double P)> _few = [];
        private Dictionary<string, double>? _many;

        public int Count => _many?.Count ?? _few.Count;

        public IEnumerable<double> Values => _many?.Values ?? _few.Select(w => w.P);

        /// <summary>Keeps p as the witness's best.</summary>
        public void Offer(string witness, double p)
        {
            if (_many is not null)
            {
                if (!_many.TryGetValue(witness, out var best) || p > best) _many[witness] = p;
                return;
            }
            for (var i = 0; i < _few.Count; i++)
                if (string.Equals(_few[i].Witness, witness, StringComparison.Ordinal))
                {
                    if (p > _few[i].P) _few[i] = (witness, p);
                    return;
                }
            if (_few.Count < Listed)
            {
                _few.Add((witness, p));
                return;
            }
            _many = _few.ToDictionary(w => w.Witness, w => w.P, StringComparer.Ordinal);
            _many[witness] = p;
            _few.Clear();
        }
    }
}
