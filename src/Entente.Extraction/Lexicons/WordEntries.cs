using Entente.Extraction.Tokens;

namespace Entente.Extraction.Lexicons;

/// <summary>
/// A read-only map from lower-cased words to several entries each, probed with a token's hash: the entries of
/// all words sit in one array, grouped by word, and a <see cref="WordTable{T}"/> holds each word's slice of it,
/// so a lookup returns a span over that array and allocates nothing.
/// </summary>
public sealed class WordEntries<T>
{
    private readonly record struct Slice(int Start, int Length);

    private readonly T[] _entries;
    private readonly WordTable<Slice> _slices;

    /// <summary>Groups the entries by word; each word's entries keep the order they were given in.</summary>
    public WordEntries(IEnumerable<(string Word, T Entry)> entries)
    {
        var byWord = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (word, entry) in entries)
        {
            if (!byWord.TryGetValue(word, out var list))
            {
                byWord[word] = list = [];
                order.Add(word);
            }
            list.Add(entry);
        }
        _entries = new T[byWord.Values.Sum(l => l.Count)];
        var slices = new List<KeyValuePair<string, Slice>>(order.Count);
        var at = 0;
        foreach (var word in order)
        {
            var list = byWord[word];
            list.CopyTo(_entries, at);
            slices.Add(KeyValuePair.Create(word, new Slice(at, list.Count)));
            at += list.Count;
        }
        _slices = new WordTable<Slice>(slices);
    }

    /// <summary>How many distinct words have entries.</summary>
    public int WordCount => _slices.Count;

    /// <summary>How many entries there are over all words.</summary>
    public int EntryCount => _entries.Length;

    public IEnumerable<string> Words => _slices.Words;

    public ReadOnlySpan<T> this[in Token token] => _slices.TryGetValue(token, out var s) ? _entries.AsSpan(s.Start, s.Length) : [];

    public ReadOnlySpan<T> this[string word] => _slices.TryGetValue(word, out var s) ? _entries.AsSpan(s.Start, s.Length) : [];
}
