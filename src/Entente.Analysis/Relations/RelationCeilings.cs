using System.Runtime.InteropServices;
using Entente.Analysis.Graph;
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

    // A hub has tens of thousands of relations and a row per claim: the entries are found by their parties' and type's
    // strings (one instance each, from the store) without building a key per row, and every entry's witnesses share one
    // table, where a table per entry cost more to allocate than the whole count.
    private readonly Dictionary<(string, string, string), Entry> _entries = new(PartiesComparer.Instance);
    private readonly List<Entry> _inOrder = [];
    private readonly Dictionary<(int Entry, string Witness), double> _best = [];

    // The store hands each id as one string instance: who it counts as is worked out once per instance.
    private readonly Dictionary<string, string> _counted = new(ReferenceEqualityComparer.Instance);

    private sealed class Entry(int index, string relation, string subject, string obj)
    {
        public int Index { get; } = index;
        public string Relation { get; } = relation;
        public string Subject { get; } = subject;
        public string Object { get; } = obj;
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
        ref var best = ref CollectionsMarshal.GetValueRefOrAddDefault(_best, (e.Index, witness), out var seen);
        if (!seen || p > best) best = p;
    }

    /// <summary>A relation rated from its claims whatever its ceiling (a verdict touches it, so its counts are not the whole story).</summary>
    public void Force(string subject, string relation, string? obj)
    {
        if (obj is not null && EntryOf(subject, relation, obj) is { } e) e.Forced = true;
    }

    /// <summary>Every relation seen, highest ceiling first, then by key: the order relations are listed in.</summary>
    public IEnumerable<RelationCandidate> InOrder()
    {
        // Each entry's witnesses in the order they were first seen, as the entry's own table would have listed them, so
        // the product is the same number.
        var miss = new double[_inOrder.Count];
        var witnessed = new bool[_inOrder.Count];
        Array.Fill(miss, 1.0);
        foreach (var ((entry, _), p) in _best)
        {
            miss[entry] *= 1 - p;
            witnessed[entry] = true;
        }
        return _inOrder.Select(e => new RelationCandidate(RelationBuilder.KeyOf(e.Subject, e.Relation, e.Object, RelationTypes.Get(e.Relation).Symmetric),
                e.Relation, e.Subject, e.Object, Ceiling(e, witnessed[e.Index], miss[e.Index])))
            .OrderByDescending(c => c.Ceiling).ThenBy(c => c.Key, StringComparer.Ordinal);
    }

    private static int Ceiling(Entry e, bool witnessed, double miss)
    {
        if (e.Forced) return int.MaxValue;
        if (!witnessed) return 0;
        var confidence = (1 - miss) * (e.Denied ? RelationRating.DenialFactor : 1);
        // A hair above, so a rating that multiplies the same numbers in another order never lands over its ceiling.
        return (int)Math.Ceiling(confidence * 100 + 1e-9);
    }

    private Entry? EntryOf(string subject, string relation, string obj)
    {
        if (!RelationTypes.TryGet(relation, out var type)) return null;
        // A symmetric relation is one entry whichever party comes first, as its key is.
        var parties = type.Symmetric && string.Compare(subject, obj, StringComparison.OrdinalIgnoreCase) > 0 ? (obj, type.Id, subject) : (subject, type.Id, obj);
        ref var e = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, parties, out var seen);
        if (!seen)
        {
            e = new Entry(_inOrder.Count, type.Id, subject, obj);
            _inOrder.Add(e);
        }
        return e;
    }

    /// <summary>Parties and type compared as the relation key compares them: ids without regard to case.</summary>
    private sealed class PartiesComparer : IEqualityComparer<(string, string, string)>
    {
        public static readonly PartiesComparer Instance = new();

        public bool Equals((string, string, string) x, (string, string, string) y) =>
            string.Equals(x.Item1, y.Item1, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Item2, y.Item2, StringComparison.Ordinal) &&
            string.Equals(x.Item3, y.Item3, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string, string, string) p) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(p.Item1), p.Item2, StringComparer.OrdinalIgnoreCase.GetHashCode(p.Item3));
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
}
