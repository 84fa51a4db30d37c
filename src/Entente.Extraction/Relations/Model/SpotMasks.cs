namespace Entente.Extraction.Relations.Model;

/// <summary>
/// For one sentence, the leaves that each (relation, place) asked leaves each tree of the pair model, read from its
/// <see cref="FeatureLayer.Spot"/> features once: every pair of the sentence that asks the same relation at the same
/// place shares those features, so a candidate intersects its pair's leaf sets with the mask instead of testing them
/// again. Most of a candidate's tests were of these features (the relation, its cue weights, its trigger's shape).
/// The masks live in one buffer that is reused from sentence to sentence.
/// </summary>
public sealed class SpotMasks(LayeredEnsemble layered)
{
    private readonly Dictionary<(int Relation, TriggerSpot Spot), int> _offsets = new(SameSpot.Instance);
    private ulong[] _buffer = new ulong[layered.Trees * 16];

    /// <summary>Forgets the masks of the last sentence.</summary>
    public void Clear() => _offsets.Clear();

    /// <summary>
    /// The mask of a relation asked at a place; <paramref name="features"/> is a candidate's filled vector, whose Spot
    /// features are those of that relation and place (read only the first time they are asked in the sentence).
    /// </summary>
    public ReadOnlySpan<ulong> Of(int relation, TriggerSpot spot, ReadOnlySpan<float> features)
    {
        var trees = layered.Trees;
        if (!_offsets.TryGetValue((relation, spot), out var offset))
        {
            offset = _offsets.Count * trees;
            if (offset + trees > _buffer.Length) Array.Resize(ref _buffer, 2 * (offset + trees));
            var mask = _buffer.AsSpan(offset, trees);
            layered.Reset(mask);
            layered.Read(FeatureLayer.Spot, features, mask);
            _offsets[(relation, spot)] = offset;
        }
        return _buffer.AsSpan(offset, trees);
    }
}

/// <summary>
/// A relation and a place compared field by field with the frame's name by identity: the candidates of a place share its
/// spot, so hashing the name's text for every candidate bought nothing. Equal names that are other strings only make a
/// mask of their own, read from the same features.
/// </summary>
internal sealed class SameSpot : IEqualityComparer<(int Relation, TriggerSpot Spot)>
{
    public static SameSpot Instance { get; } = new();

    public bool Equals((int Relation, TriggerSpot Spot) x, (int Relation, TriggerSpot Spot) y) =>
        x.Relation == y.Relation && x.Spot.First == y.Spot.First && x.Spot.Last == y.Spot.Last && x.Spot.Kind == y.Spot.Kind
        && x.Spot.Weight.Equals(y.Spot.Weight) && ReferenceEquals(x.Spot.Frame, y.Spot.Frame);

    public int GetHashCode((int Relation, TriggerSpot Spot) key) =>
        HashCode.Combine(key.Relation, key.Spot.First, key.Spot.Last, key.Spot.Kind, key.Spot.Weight, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Spot.Frame));
}
