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
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // The store hands each id as one string instance: who it counts as is worked out once per instance.
    private readonly Dictionary<string, string> _counted = new(ReferenceEqualityComparer.Instance);

    private sealed class Entry(string relation, string subject, string obj)
    {
        public string Relation { get; } = relation;
        public string Subject { get; } = subject;
        public string Object { get; } = obj;
        public Dictionary<string, double> Witnesses { get; } = new(StringComparer.Ordinal);
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
        if (!e.Witnesses.TryGetValue(witness, out var best) || p > best) e.Witnesses[witness] = p;
    }

    /// <summary>A relation rated from its claims whatever its ceiling (a verdict touches it, so its counts are not the whole story).</summary>
    public void Force(string subject, string relation, string? obj)
    {
        if (obj is not null && EntryOf(subject, relation, obj) is { } e) e.Forced = true;
    }

    /// <summary>Every relation seen, highest ceiling first, then by key: the order relations are listed in.</summary>
    public IEnumerable<RelationCandidate> InOrder() =>
        _entries.Select(kv => new RelationCandidate(kv.Key, kv.Value.Relation, kv.Value.Subject, kv.Value.Object, Ceiling(kv.Value)))
            .OrderByDescending(c => c.Ceiling).ThenBy(c => c.Key, StringComparer.Ordinal);

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
}
