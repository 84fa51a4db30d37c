namespace Entente.Extraction.Relations.Model;

/// <summary>
/// The names of the model's features in order, built once by <see cref="PairFeatures"/>. A model file carries the
/// names it was trained with, so a model and a feature extractor that disagree are caught when the model loads.
/// </summary>
public sealed class FeatureLayout
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;
    public int Count => _names.Count;

    public int Add(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }

    /// <summary>A one-hot group: one feature per value, returned as the index of the first; values are in a fixed order.</summary>
    public int AddGroup(string prefix, IEnumerable<string> values)
    {
        var first = _names.Count;
        foreach (var v in values) _names.Add(prefix + "=" + v);
        return first;
    }
}
