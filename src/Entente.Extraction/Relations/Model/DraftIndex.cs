using Entente.Extraction.Relations;

namespace Entente.Extraction.Relations.Model;

/// <summary>
/// A sentence's rule drafts with an object, looked up by their parties instead of read one by one for every
/// candidate: a 3,000-character sentence holds hundreds of drafts and hundreds of candidates, and reading every
/// draft for each made a candidate's cost grow with the sentence. Worth its hashing only for a sentence with
/// many drafts (<see cref="Of"/>); the readers scan a short list as before.
/// </summary>
/// <remarks>Keyed by the ids the drafts were compared by (ordinal, as the string equality the scans used).</remarks>
public sealed class DraftIndex
{
    /// <summary>Below this many drafts the scans are quicker than building the index.</summary>
    public const int Fewest = 8;

    private readonly HashSet<(string Relation, string Subject, string Object)> _triples = [];
    // For each ordered pair, subject's relation and object's relation: the first value met and whether another differs.
    private readonly Dictionary<(string Subject, string Object), (string First, bool Other)> _relationsOfPair = [];
    private readonly Dictionary<(string Relation, string Subject), (string First, bool Other)> _objectsOf = [];
    private readonly Dictionary<(string Relation, string Object), (string First, bool Other)> _subjectsOf = [];

    private DraftIndex(List<ClaimDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Object is null) continue;
            var (s, o) = (d.Subject.Id, d.Object.Id);
            _triples.Add((d.Relation, s, o));
            Note(_relationsOfPair, (s, o), d.Relation);
            Note(_objectsOf, (d.Relation, s), o);
            Note(_subjectsOf, (d.Relation, o), s);
        }
    }

    /// <summary>An index of the drafts, or null for a sentence with too few to be worth one.</summary>
    public static DraftIndex? Of(List<ClaimDraft> drafts) => drafts.Count < Fewest ? null : new DraftIndex(drafts);

    /// <summary>
    /// What the other drafts say of the two entities under <paramref name="relation"/>: a draft of the relation the other
    /// way round, one of another relation between them (either way), one of the relation from <paramref name="a"/> to
    /// another object, one of it to <paramref name="b"/> from another subject.
    /// </summary>
    public (bool Reversed, bool OtherRelation, bool SameSubject, bool SameObject) Neighbours(string relation, string a, string b) => (
        _triples.Contains((relation, b, a)),
        Differs(_relationsOfPair, (a, b), relation) || Differs(_relationsOfPair, (b, a), relation),
        Differs(_objectsOf, (relation, a), b),
        Differs(_subjectsOf, (relation, b), a));

    /// <summary>The same four answers read from every draft, as <see cref="Neighbours"/> gives them from the index.</summary>
    public static (bool Reversed, bool OtherRelation, bool SameSubject, bool SameObject) ScanNeighbours(List<ClaimDraft> drafts, string relation, string a, string b)
    {
        var (reversed, otherRelation, sameSubject, sameObject) = (false, false, false, false);
        foreach (var d in drafts)
        {
            if (d.Object is null) continue;
            var (s, o) = (d.Subject.Id, d.Object.Id);
            var sameRelation = d.Relation == relation;
            if (sameRelation && s == b && o == a) reversed = true;
            if (!sameRelation && (s == a && o == b || s == b && o == a)) otherRelation = true;
            if (sameRelation && s == a && o != b) sameSubject = true;
            if (sameRelation && o == b && s != a) sameObject = true;
        }
        return (reversed, otherRelation, sameSubject, sameObject);
    }

    private static void Note<TKey>(Dictionary<TKey, (string First, bool Other)> values, TKey key, string value) where TKey : notnull
    {
        if (!values.TryGetValue(key, out var known)) values[key] = (value, false);
        else if (!known.Other && known.First != value) values[key] = (known.First, true);
    }

    /// <summary>Some value noted under the key differs from <paramref name="value"/>.</summary>
    private static bool Differs<TKey>(Dictionary<TKey, (string First, bool Other)> values, TKey key, string value) where TKey : notnull =>
        values.TryGetValue(key, out var known) && (known.Other || known.First != value);
}
