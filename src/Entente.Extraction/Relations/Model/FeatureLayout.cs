namespace Entente.Extraction.Relations.Model;

/// <summary>
/// Which fill of a feature vector writes a feature: the pair model's vector is filled once per sentence, then once per
/// pair on a copy, then once per relation asked on a copy (see <see cref="PairFeatures"/>). A scorer that knows this
/// reads each feature once, when its layer is filled, instead of once per candidate. <see cref="Spot"/> features are
/// written by the relation fill but depend only on the relation asked and the place that says it (its
/// <see cref="TriggerSpot"/>), not on the pair: a scorer may read them once for every pair of a sentence that asks
/// the same relation at the same place.
/// </summary>
public enum FeatureLayer : byte { Candidate, Sentence, Pair, Relation, Spot }

/// <summary>
/// The names of the model's features in order, built once by <see cref="PairFeatures"/>. A model file carries the
/// names it was trained with, so a model and a feature extractor that disagree are caught when the model loads.
/// </summary>
public sealed class FeatureLayout
{
    private readonly List<string> _names = [];
    private readonly List<FeatureLayer> _layers = [];

    public IReadOnlyList<string> Names => _names;
    public int Count => _names.Count;

    /// <summary>The layer of each feature, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<FeatureLayer> Layers => _layers;

    public int Add(string name, FeatureLayer layer = FeatureLayer.Candidate)
    {
        _names.Add(name);
        _layers.Add(layer);
        return _names.Count - 1;
    }

    /// <summary>A one-hot group: one feature per value, returned as the index of the first; values are in a fixed order.</summary>
    public int AddGroup(string prefix, IEnumerable<string> values, FeatureLayer layer = FeatureLayer.Candidate)
    {
        var first = _names.Count;
        foreach (var v in values) Add(prefix + "=" + v, layer);
        return first;
    }
}
